// Node-only: atomic index builds. A build writes a complete index into a staging folder
// (manifest last), then swaps it in with two renames. If the process dies at any point,
// either index/ or the previous copy beside it is complete, and recoverIndex() puts it back.
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const MANIFEST = 'manifest.json';

const sibling = (indexDir: string, suffix: string): string => join(dirname(indexDir), `.${basename(indexDir)}.${suffix}`);

export const stagingDir = (indexDir: string): string => sibling(indexDir, `staging-${process.pid}`);
const previousDir = (indexDir: string): string => sibling(indexDir, 'prev');
const lockFile = (indexDir: string): string => sibling(indexDir, 'lock');

export class BuildLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Makes index/ complete again after a build that died mid-swap; removes dead builds' leftovers. */
export async function recoverIndex(indexDir: string): Promise<void> {
  const prev = previousDir(indexDir);
  if (!existsSync(join(indexDir, MANIFEST)) && existsSync(join(prev, MANIFEST))) {
    await rm(indexDir, { recursive: true, force: true });
    await rename(prev, indexDir);
  }
  const parent = dirname(indexDir);
  const prefix = `.${basename(indexDir)}.staging-`;
  for (const name of existsSync(parent) ? await readdir(parent) : []) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!alive(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/** Runs fn while holding the index's build lock; a second build at the same time is refused. */
export async function withBuildLock<T>(indexDir: string, fn: () => Promise<T>): Promise<T> {
  const path = lockFile(indexDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      try {
        return await fn();
      } finally {
        await unlink(path).catch(() => {});
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(await readFile(path, 'utf8').catch(() => '0'));
      if (holder && alive(holder)) throw new BuildLockedError(`Another index build (process ${holder}) is running for ${indexDir}.`);
      await unlink(path).catch(() => {}); // left by a build that died
    }
  }
  throw new BuildLockedError(`Could not take the build lock ${path}.`);
}

/** Replaces index/ by the complete staging folder. */
export async function swapIn(staging: string, indexDir: string): Promise<void> {
  const prev = previousDir(indexDir);
  await rm(prev, { recursive: true, force: true });
  if (existsSync(indexDir)) await rename(indexDir, prev);
  await rename(staging, indexDir);
  await rm(prev, { recursive: true, force: true });
}
