// An index that checks itself: each file of a copy of the index truncated in turn is named,
// and either repaired by a rebuild from the seeds (then answered from correctly) or — read-only
// — refused with the file's name. Never served damaged.
import { cp, mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexManifestSchema } from '../../../src/corpus/manifest';
import { loadConfig } from '../../../src/node/config';
import { createServices } from '../../../src/node/services';
import { openIndex } from '../../../src/node/store/open';
import { ROOT } from '../../helpers';

const manifest = IndexManifestSchema.parse(JSON.parse(await readFile(join(ROOT, 'index/manifest.json'), 'utf8')));
const FILES = Object.keys(manifest.files);

async function copyOfIndex(): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'report-qa-damaged-')), 'index');
  await cp(join(ROOT, 'index'), dir, { recursive: true });
  return dir;
}

async function halve(path: string): Promise<void> {
  const size = (await readFile(path)).length;
  await truncate(path, Math.floor(size / 2));
}

describe('a damaged index', () => {
  it('records every file it is made of', () => {
    expect(FILES).toEqual(expect.arrayContaining(['passages.jsonl', 'documents.json', 'lexical.json', 'bundle.json', 'passage-vectors.json', 'passage-vectors.f32', 'sentence-vectors.json', 'sentence-vectors.f32']));
  });

  it.each(FILES)('with %s truncated is refused read-only, naming the file and the command', async (file) => {
    const dir = await copyOfIndex();
    await halve(join(dir, file));
    await expect(openIndex({ ...loadConfig(), indexDir: dir }, { readOnly: true })).rejects.toThrow(new RegExp(`index file ${file.replace('.', '\\.')} is damaged.*npm run index -- --force`));
  });

  it.each(['passages.jsonl', 'lexical.json', 'passage-vectors.f32', 'sentence-vectors.json'])('with %s truncated is rebuilt from the seeds and answers right', async (file) => {
    const dir = await copyOfIndex();
    await halve(join(dir, file));
    const log: string[] = [];
    const opened = await openIndex({ ...loadConfig(), indexDir: dir }, { log: (l) => log.push(l) });
    expect(log.join('\n')).toContain(`The index file ${file} is damaged`);
    expect(opened.index.passages).toHaveLength(manifest.passages);
    const { engine, health } = createServices(opened);
    expect(health.passages).toBe(manifest.passages);
    expect((await engine.ask('113年下半年有多少人辦理退休？')).answer).toContain('776人');
  });

  it('altered in place (same size) is caught by its checksum', async () => {
    const dir = await copyOfIndex();
    const path = join(dir, 'userdict.txt');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(/^(.)/, text.startsWith('x') ? 'y' : 'x'));
    await expect(openIndex({ ...loadConfig(), indexDir: dir }, { readOnly: true })).rejects.toThrow(/userdict\.txt is damaged \(its content is not what was built\)/);
  });
});
