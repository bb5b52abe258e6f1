// The dictionary file jieba loads is shared by every process on the machine (the temporary
// folder): processes starting at once must never read one half-written.
import { spawn } from 'node:child_process';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

/** A process that loads a large dictionary (rewriting the shared file) several times and cuts with it. */
const SCRIPT = `
import { corpusDictionary, jiebaCutter } from ${JSON.stringify(join(ROOT, 'src/node/jieba.ts'))};
const dictionary = corpusDictionary(['高雄市政府人事處業務報告'], 'original');
for (let i = 0; i < 5; i++) {
  const cutter = jiebaCutter(['人事處'], 'original', dictionary);
  if (!cutter.cut('高雄市政府人事處').includes('人事處')) process.exit(2);
}
`;

describe('the jieba dictionary file', () => {
  it('is loaded whole by processes that start at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-qa-jieba-'));
    const file = join(dir, 'load.ts');
    await writeFile(file, SCRIPT);
    const run = (): Promise<number | null> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code));
      });
    const codes = await Promise.all(Array.from({ length: 4 }, run));
    expect(codes).toEqual([0, 0, 0, 0]);
  }, 120_000);
});
