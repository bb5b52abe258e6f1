import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { featuresOf, withMeaning } from '../../src/retrieve/features';
import { dropsOf, meaningShift, type Similarities } from '../../src/retrieve/meaning';
import { RANKING } from '../../src/retrieve/ranking-options';
import { miniEngine } from '../mini';
import { candidatesOf } from './candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});
const query = (q: string) => engine.understand(q).query;

describe('the question without one of its words', () => {
  it('takes out the name beside the asking words first, then the heaviest terms, one at a time as they stand in the search text', () => {
    const q = query('111年潛水專班的學員有幾個是女生？');
    const drops = dropsOf(q, q.text);
    expect(drops.length).toBeGreaterThan(0);
    expect(drops.length).toBeLessThanOrEqual(RANKING.meaningDrops);
    const inText = [...q.terms].filter((t) => t.text.length >= 2 && q.text.includes(t.text));
    const asked = inText.filter((t) => t.nearCue && t.noun);
    const rest = inText.filter((t) => !asked.includes(t)).sort((a, b) => b.weight - a.weight);
    expect(drops.map((d) => d.term)).toEqual([...asked.sort((a, b) => b.weight - a.weight), ...rest].slice(0, RANKING.meaningDrops).map((t) => t.text));
    // the name asked of, though lighter than the course's name, is taken out first
    const named = { ...q, terms: q.terms.map((t) => (t.text === '女生' ? { ...t, nearCue: true, noun: true, weight: 0.1 } : { ...t, nearCue: false })) };
    expect(dropsOf(named, q.text)[0]!.term).toBe('女生');
    for (const d of drops) {
      expect(d.text).not.toContain(d.term);
      expect(d.text.length).toBe(q.text.length - d.term.length);
    }
    // a term the search text does not hold (another spelling) is not taken out
    expect(dropsOf(q, '').length).toBe(0);
    // nor is a pasted paragraph taken apart: a text past a question's length
    expect(dropsOf(q, q.text + '。'.repeat(RANKING.meaningLongest)).length).toBe(0);
  });

  it('counts the rise in similarity only for a word the sentence lacks', () => {
    const [counts, women] = candidatesOf('111年辦理潛水專班，計15人參訓。111年潛水專班女生計3人。');
    const q = query('111年潛水專班的學員有幾個是女生？');
    expect(q.terms.some((t) => t.text === '女生')).toBe(true);
    // without 女生 the question comes 0.03 nearer to both sentences
    const without = new Map<string, Similarities>([['女生', new Map([[counts!.id, 0.63], [women!.id, 0.73]])]]);
    expect(meaningShift(q, counts!, 0.6, without)).toEqual({ lacking: expect.closeTo(0.03 / RANKING.meaningRise), kept: 0 });
    // the sentence that says 女生 speaks to it, whatever the similarity does
    expect(meaningShift(q, women!, 0.7, without)).toEqual({ lacking: 0, kept: 0 });
  });

  it('reads a question moving away without the word as the sentence saying it in other words, each at most 1', () => {
    const [c] = candidatesOf('111年辦理潛水專班，計15人參訓。');
    const q = query('111年潛水專班的學員有幾個是女生？');
    expect(meaningShift(q, c!, 0.6, new Map([['女生', new Map([[c!.id, 0.58]])]]))).toEqual({ lacking: 0, kept: expect.closeTo(0.02 / RANKING.meaningRise) });
    expect(meaningShift(q, c!, 0.6, new Map([['女生', new Map([[c!.id, 0.9]])]]))).toEqual({ lacking: 1, kept: 0 });
    expect(meaningShift(q, c!, 0.6, new Map([['女生', new Map([[c!.id, 0.1]])]]))).toEqual({ lacking: 0, kept: 1 });
  });

  it('is 0 without embeddings', () => {
    const [c] = candidatesOf('111年辦理潛水專班，計15人參訓。');
    const q = query('111年潛水專班的學員有幾個是女生？');
    expect(meaningShift(q, c!, null, new Map([['女生', new Map([[c!.id, 0.9]])]]))).toEqual({ lacking: 0, kept: 0 });
    expect(meaningShift(q, c!, 0.6, null)).toEqual({ lacking: 0, kept: 0 });
  });

  it('worked out after the other features, gives each candidate what featuring it with them would, in new objects', () => {
    const candidates = candidatesOf('111年辦理潛水專班，計15人參訓。111年潛水專班女生計3人。');
    const q = query('111年潛水專班的學員有幾個是女生？');
    const similarities: Similarities = new Map([[candidates[0]!.id, 0.6], [candidates[1]!.id, 0.7]]);
    const without = new Map<string, Similarities>([['女生', new Map([[candidates[0]!.id, 0.66], [candidates[1]!.id, 0.72]])]]);
    const later = candidates.map((c) => featuresOf(q, c, similarities, null));
    expect(later.every((f) => f.features.meaningLacking === 0)).toBe(true);
    const worked = withMeaning(q, later, similarities, without);
    expect(worked.map((f) => f.features)).toEqual(candidates.map((c) => featuresOf(q, c, similarities, without).features));
    expect(worked[0]!.features.meaningLacking).toBeGreaterThan(0);
    expect(later[0]!.features.meaningLacking).toBe(0);
  });
});
