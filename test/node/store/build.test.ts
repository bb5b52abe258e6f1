import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/node/config';
import { PassageSchema } from '../../../src/corpus/schemas';
import { loadIndex } from '../../../src/node/store/load';
import { openIndex, type OpenedIndex } from '../../../src/node/store/open';
import { passageSearch } from '../../../src/node/services';
import { recoverIndex } from '../../../src/node/store/swap';
import { holdsFigure } from '../../../src/eval/figures';
import { ROOT, SEEDS } from '../../helpers';

async function tempConfig(): Promise<Config> {
  const dir = await mkdtemp(join(tmpdir(), 'report-qa-index-'));
  await cp(SEEDS, join(dir, 'seeds'), { recursive: true });
  return { ...loadConfig(), indexDir: join(dir, 'index'), seedsDir: join(dir, 'seeds') };
}

describe('index build on the real reports', () => {
  let config: Config;
  let opened: OpenedIndex;
  beforeAll(async () => {
    config = await tempConfig();
    opened = await openIndex(config);
  });

  it('writes passages.jsonl exactly as the contract says, and a manifest', async () => {
    const lines = (await readFile(join(config.indexDir, 'passages.jsonl'), 'utf8')).trim().split('\n');
    for (const line of lines) expect(Object.keys(PassageSchema.strict().parse(JSON.parse(line)))).toEqual(['id', 'docId', 'section', 'lineStart', 'lineEnd', 'text']);
    const m = opened.index.manifest;
    expect(m.documents).toBe(5);
    expect(m.passages).toBe(lines.length);
    expect(m.model?.id).toBe('Xenova/bge-small-zh-v1.5');
    expect(m.model?.dimensions).toBe(512);
    expect(Object.keys(m.seeds)).toHaveLength(5);
  });

  it('answers a search end to end, hybrid, with the cited passage first', async () => {
    const results = await passageSearch(opened).search('防疫關懷包本期共發放了多少份？', 5);
    expect(results[0]?.docId).toBe('004_e0ca4ade5434b8aa');
    expect(holdsFigure(results[0]?.text ?? '', '190,840份')).toBe(true);
    expect(Object.keys(results[0] ?? {})).toEqual(['id', 'docId', 'title', 'section', 'lineStart', 'lineEnd', 'text', 'score']);
  });

  it('finds Simplified-script and AD-year questions too', async () => {
    const search = passageSearch(opened);
    const simplified = await search.search('防疫关怀包本期共发放了多少份', 3);
    expect(simplified.some((r) => holdsFigure(r.text, '190,840份'))).toBe(true);
    const ad = await search.search('2017年下半年退休人數', 3);
    expect(ad.some((r) => holdsFigure(r.text, '647人'))).toBe(true);
  });

  it('is not rebuilt when fresh, rebuilt when a report changes, reusing unchanged embeddings', async () => {
    const before = opened.index.manifest.builtAt;
    const again = await openIndex(config);
    expect(again.index.manifest.builtAt).toBe(before);
    await appendFile(join(config.seedsDir, '004_e0ca4ade5434b8aa.txt'), '\n\n新增一段測試用的文字，本期共計辦理 12 場次測試活動。\n');
    const rebuilt = await openIndex(config);
    expect(rebuilt.index.manifest.builtAt).not.toBe(before);
    expect(rebuilt.index.manifest.embeddedPassages).toBeLessThan(5);
    expect(rebuilt.index.manifest.reusedEmbeddings).toBeGreaterThan(200);
  });
});

describe('atomic builds', () => {
  it('a build killed midway leaves the previous index loadable', async () => {
    const config = await tempConfig();
    const first = await openIndex(config, { log: () => {} });
    const original = first.index.manifest;
    for (const delay of [0, 400, 1200]) {
      // a rebuild in the other script must embed everything again: long enough to be killed
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index.ts'), '--force'], {
        cwd: ROOT,
        env: { ...process.env, INDEX_DIR: config.indexDir, SEEDS_DIR: config.seedsDir, INDEX_SCRIPT: 'original' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('embeddings')) setTimeout(() => child.kill('SIGKILL'), delay);
        });
        child.on('exit', () => resolve());
      });
      const loaded = await loadIndex(config.indexDir);
      expect(loaded.manifest.builtAt).toBe(original.builtAt);
      expect(loaded.passages).toHaveLength(original.passages);
    }
  });

  it('recovers the previous index when a build died between its two renames', async () => {
    const config = await tempConfig();
    await openIndex(config, { log: () => {} });
    const prev = join(config.indexDir, '..', '.index.prev');
    await rename(config.indexDir, prev);
    expect(existsSync(config.indexDir)).toBe(false);
    await recoverIndex(config.indexDir);
    const loaded = await loadIndex(config.indexDir);
    expect(loaded.passages.length).toBeGreaterThan(200);
  });
});
