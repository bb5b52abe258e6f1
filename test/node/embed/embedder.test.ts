import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers';
import { loadConfig } from '../../../src/node/config';
import { EMBED_BATCH, loadEmbedder, runsOf, type Embedder } from '../../../src/node/embed/embedder';
import { resolveModel } from '../../../src/node/embed/model';
import { MODEL_DIMENSIONS } from '../../../src/node/embed/provenance';

const dot = (a: number[], b: number[]): number => a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);

describe('embedder (real model)', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder(resolveModel(loadConfig())!);
  });

  it('gives normalised 512-d vectors', async () => {
    const [v] = await embedder.embed(['身心障礙人員進用比例']);
    expect(v).toHaveLength(MODEL_DIMENSIONS);
    expect(dot(v!, v!)).toBeCloseTo(1, 3);
  });

  it('scores a related Chinese pair above an unrelated one', async () => {
    const [q, related, unrelated] = await embedder.embed([
      '退休人數有多少',
      '113年下半年計有776人辦理退休（公務人員249人、教職員527人）',
      '本處統籌採購防疫關懷包，交由市府民政局發放予居家檢疫者',
    ]);
    expect(dot(q!, related!)).toBeGreaterThan(dot(q!, unrelated!) + 0.05);
  });

  it('embeds more than one batch in order', async () => {
    const topics = ['退休人數', '防疫關懷包', '英語檢定', '單身聯誼', '數位課程'];
    const texts = Array.from({ length: 20 }, (_, i) => `${topics[i % topics.length]}第${i}項`);
    const one = await embedder.embed([texts[17]!]);
    const all = await embedder.embed(texts);
    const scores = all.map((v) => dot(v, one[0]!));
    expect(scores.indexOf(Math.max(...scores))).toBe(17);
    expect(scores[17]).toBeGreaterThan(0.98); // padding in a batch moves int8 outputs a little
  });

  it('gives a text the same vector on one thread as on several', async () => {
    const two = await loadEmbedder(resolveModel(loadConfig())!, 2);
    expect(await two.embedQueries(['退休人數有多少'])).toEqual(await embedder.embedQueries(['退休人數有多少']));
  });

  it('answers requests sent together, each with its own vectors', async () => {
    const texts = ['退休人數有多少', '防疫關懷包發放份數', '英語檢定通過人數'];
    const alone: number[][] = [];
    for (const t of texts) alone.push((await embedder.embedQueries([t]))[0]!);
    const together = await Promise.all(texts.map((t) => embedder.embedQueries([t])));
    together.forEach(([v], i) => expect(v).toEqual(alone[i]));
  });
});

describe('embedder: runs on the model threads', () => {
  it('splits a batch in one share per thread, and more texts in batches, in order', () => {
    expect(runsOf(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(runsOf(['a'], 2)).toEqual([['a']]);
    expect(runsOf([], 2)).toEqual([]);
    const many = Array.from({ length: EMBED_BATCH * 2 + 3 }, (_, i) => String(i));
    const runs = runsOf(many, 2);
    expect(runs.map((r) => r.length)).toEqual([EMBED_BATCH, EMBED_BATCH, 3]);
    expect(runs.flat()).toEqual(many);
  });

});

describe('embedder: loading and ending', () => {
  it('refuses a model folder that does not hold the model, in words', async () => {
    await expect(loadEmbedder({ root: join(ROOT, 'test/fixtures/mini'), source: 'MODELS_DIR' })).rejects.toThrow(/The embedding model could not be loaded/);
  });

  it('does not keep a finished command running', () => {
    const script = `import { loadConfig } from './src/node/config.ts'; import { resolveModel } from './src/node/embed/model.ts'; import { loadEmbedder } from './src/node/embed/embedder.ts';
      const e = await loadEmbedder(resolveModel(loadConfig())); const [v] = await e.embed(['退休']); console.log(v.length);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(String(MODEL_DIMENSIONS));
  });
});
