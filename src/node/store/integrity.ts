// Node-only: an index that checks itself. The build records each file's size and sha256 in the
// manifest; loading compares them before anything is parsed, so that a truncated or altered file
// is named — and repaired by a rebuild — instead of being served.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { IndexManifest } from '../../corpus/manifest';
import { MANIFEST } from './swap';

export class DamagedIndexError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`The index file ${file} is damaged (${reason}).`);
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Every file of a built index (the manifest aside), by its path inside the index folder. */
export async function recordFiles(dir: string): Promise<IndexManifest['files']> {
  const files: IndexManifest['files'] = {};
  for (const path of (await filesUnder(dir)).sort()) {
    const name = relative(dir, path).split('\\').join('/');
    if (name === MANIFEST) continue;
    const data = await readFile(path);
    files[name] = { bytes: data.length, sha256: sha256(data) };
  }
  return files;
}

/** Throws DamagedIndexError for the first file that is missing, or not the size and content recorded. */
export async function verifyFiles(dir: string, manifest: IndexManifest, only?: (name: string) => boolean): Promise<void> {
  for (const [name, record] of Object.entries(manifest.files)) {
    if (only && !only(name)) continue;
    const path = join(dir, name);
    const size = await stat(path).then((s) => s.size, () => null);
    if (size === null) throw new DamagedIndexError(name, 'it is missing');
    if (size !== record.bytes) throw new DamagedIndexError(name, `${size} bytes instead of ${record.bytes}`);
    if (sha256(await readFile(path)) !== record.sha256) throw new DamagedIndexError(name, 'its content is not what was built');
  }
}
