import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/node/config';
import { loadEmbedder, type Embedder } from '../../../src/node/embed/embedder';
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
});
