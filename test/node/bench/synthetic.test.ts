// The synthetic corpus of `npm run bench:scale`: copies of the reports with their figures varied,
// dates kept; and the embedder that gives a copy its template's vector, moved a little.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { randomFrom, varyFigures, writeSyntheticSeeds } from '../../../src/node/bench/synthetic';
import { TemplateEmbedder } from '../../../src/node/bench/template-embedder';
import { readSeeds } from '../../../src/node/seeds';
import { ROOT } from '../../helpers';

describe('the synthetic corpus', () => {
  it('varies every figure, keeping its digits count, and keeps dates and ordinals', () => {
    const text = '113年7月4日生效，合計增置兼任所長 1人、副所長 46人，第3次會議辦理 1,940人次。';
    const varied = varyFigures(text, randomFrom(1));
    expect(varied).toContain('113年7月4日生效');
    expect(varied).toContain('第3次');
    expect(varied.replace(/\d/g, '#')).toBe(text.replace(/\d/g, '#'));
    expect(varied).not.toBe(text);
    expect(varyFigures(text, randomFrom(1))).toBe(varied); // the same corpus on every run
  });

  it('grows copies of the reports until they hold the passages asked for, each with its manifest entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-qa-synthetic-'));
    const seeds = await readSeeds(join(ROOT, 'seeds'));
    const corpus = await writeSyntheticSeeds(seeds, join(ROOT, 'seeds'), dir, 600);
    expect(corpus.passages).toBeGreaterThanOrEqual(600);
    expect(corpus.documents).toBeGreaterThan(seeds.length);
    const copies = await readSeeds(dir);
    expect(copies).toHaveLength(corpus.documents);
    expect(copies.every((c) => c.report.source === 'manifest' && /（合成第\d+份）$/.test(c.report.title))).toBe(true);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(manifest)).toHaveLength(corpus.documents);
  });
});

describe('the template embedder', () => {
  const calls: string[][] = [];
  const model = {
    modelId: 'test',
    dimensions: 4,
    embed: async (texts: string[]) => {
      calls.push(texts);
      return texts.map((t) => (t.includes('退休') ? [1, 0, 0, 0] : [0, 1, 0, 0]));
    },
    embedQueries: async (texts: string[]) => texts.map(() => [0, 0, 1, 0]),
  };

  it('embeds one text per template with the model and gives the copies its vector, moved a little', async () => {
    const embedder = new TemplateEmbedder(model);
    const [first, copy, other] = await embedder.embed(['退休 776人', '退休 512人', '結婚 12對']);
    expect(calls.flat()).toEqual(['退休 776人', '結婚 12對']);
    expect(first).toEqual([1, 0, 0, 0]);
    expect(other).toEqual([0, 1, 0, 0]);
    const cosine = (copy ?? []).reduce((sum, v, i) => sum + v * (first?.[i] ?? 0), 0);
    expect(cosine).toBeGreaterThan(0.98);
    expect(cosine).toBeLessThan(1);
    expect(Math.hypot(...(copy ?? []))).toBeCloseTo(1, 6);
    expect({ embedded: embedder.embedded, derived: embedder.derived }).toEqual({ embedded: 2, derived: 1 });
  });
});
