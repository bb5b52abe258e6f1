import { describe, expect, it } from 'vitest';
import type { Prepared } from '../../src/answer/engine';
import type { EvalItem } from '../../src/eval/items';
import { FEATURE_NAMES, type Features } from '../../src/retrieve/features';
import { trainingRows, type Example } from '../../src/tune/fit';

/** A candidate sentence reduced to what the training rows read: its report, its text and one feature. */
function candidate(text: string, termsInSentence: number): Prepared['parts'][number][number] {
  const features = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;
  features.termsInSentence = termsInSentence;
  return { candidate: { doc: { docId: 'r1' }, text }, features, picks: [], yearMatch: null } as unknown as Prepared['parts'][number][number];
}

function example(type: string, must: string[], texts: [string, number][]): Example {
  const item: EvalItem = { id: `q-${type}`, question: '?', docs: ['r1'], must, type };
  return { item, prepared: { parts: [texts.map(([t, x]) => candidate(t, x))] } as unknown as Prepared };
}

describe('the training rows', () => {
  const answerable = example('fact', ['12人'], [['計12人', 0.9], ['計3人', 0.8], ['計4人', 0.1], ['計5人', 0.2]]);
  const unanswerable = example('none', [], [['計7人', 0.9], ['計8人', 0.1]]);

  it('weighs every question the same: half on its positives, half on its negatives (all on them when it has none)', () => {
    const { labels, weights } = trainingRows([answerable, unanswerable], ['termsInSentence']);
    expect(labels).toEqual([1, 0, 0, 0, 0, 0]);
    expect(weights.slice(0, 4).map((w) => +w.toFixed(4))).toEqual([0.5, 0.1667, 0.1667, 0.1667]);
    expect(weights.slice(4)).toEqual([0.5, 0.5]);
  });

  it('puts a share of the negative weight on the negatives a first model scores highest', () => {
    const score = (f: Features): number => f.termsInSentence;
    const { weights } = trainingRows([answerable, unanswerable], ['termsInSentence'], { top: 1, share: 0.6, score });
    // the answerable question: 計3人 (0.8) is its hardest negative
    expect(weights.slice(0, 4).map((w) => +w.toFixed(4))).toEqual([0.5, 0.3, 0.1, 0.1]);
    // the unanswerable one: 計7人 (0.9)
    expect(weights.slice(4).map((w) => +w.toFixed(4))).toEqual([0.6, 0.4]);
    // each question still weighs 1 in all
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(2);
  });
});
