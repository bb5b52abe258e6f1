import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { decide } from '../../src/answer/decide';
import { movement, settled } from '../../src/answer/settled';
import { FEATURE_NAMES, MEANING_FEATURES, type FeatureName, type Featured } from '../../src/retrieve/features';
import type { LinearModel } from '../../src/retrieve/model';
import { featurize, scoreAll } from '../../src/retrieve/rank';
import { candidatesOf } from '../retrieve/candidate-fixture';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

const zero = (): Record<FeatureName, number> => Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;

/** A model whose score is the similarity feature, less the meaning lacked, plus half the meaning kept; threshold 0. */
function model(decider: LinearModel['decider'] = null): LinearModel {
  return { bias: 0, weights: { ...zero(), similarity: 1, meaningLacking: -1, meaningKept: 0.5 }, threshold: 0, decider, rerank: 0 };
}

const QUESTION = '111年健康檢查補助了多少人？';
const SENTENCES = '111年計補助3,480人健康檢查。111年計補助1,200人健康檢查。111年計補助800人健康檢查。';

/** The question's candidates, eligible all, with the given similarity features (and 「heading」 ones) and the meaning features at 0 (not yet worked out). */
function featured(similarities: number[], headings: number[] = []): Featured[][] {
  const plan = engine.plan(QUESTION);
  const list = featurize(plan.parts[0]!, candidatesOf(SENTENCES), null).slice(0, similarities.length);
  return [list.map((f, i) => ({ ...f, features: { ...f.features, similarity: similarities[i]!, heading: headings[i] ?? 0, meaningLacking: 0, meaningKept: 0 } }))];
}

/** …and one whose decider weighs the heading feature alone, so that a candidate's confidence is not its score. */
const byHeading = (): LinearModel => model({ bias: -3, score: 0, weights: { ...zero(), heading: 5 } });

describe('a decision the features not yet worked out cannot change', () => {
  it('bounds how far a candidate may move by the weights of those features, through the decider too', () => {
    expect(movement(model(), MEANING_FEATURES)).toEqual({ ranking: { down: 1, up: 0.5 }, confidence: { down: 1, up: 0.5 } });
    const withDecider = movement(model({ bias: 0, score: 2, weights: { ...zero(), meaningLacking: -1 } }), MEANING_FEATURES);
    expect(withDecider.confidence).toEqual({ down: 3, up: 1 });
    expect(withDecider.ranking).toEqual({ down: 1, up: 0.5 });
  });

  it('is settled when the best leads by more than they can move it and clears the threshold, and no other could reach it', () => {
    expect(settled(featured([3, -1]), model(), MEANING_FEATURES)).toBe(true);
    expect(settled(featured([1.2, -1]), model(), MEANING_FEATURES)).toBe(true);
  });

  it('is not settled when the best is near the threshold, another near the best, or another could reach the threshold', () => {
    expect(settled(featured([0.8, -1]), model(), MEANING_FEATURES)).toBe(false);
    expect(settled(featured([3, 2.2]), model(), MEANING_FEATURES)).toBe(false);
    expect(settled(featured([3, -0.4]), model(), MEANING_FEATURES)).toBe(false);
  });

  it('is not settled when another candidate, sure to miss the threshold, could still outrank the best', () => {
    // the first is sure of the threshold (confidence 2), the second sure to miss it (−3); the meaning features could swap their ranks
    expect(settled(featured([1, 0.9], [1, 0]), byHeading(), MEANING_FEATURES)).toBe(false);
    expect(settled(featured([3, 0.9], [1, 0]), byHeading(), MEANING_FEATURES)).toBe(true);
  });

  it('is settled when no candidate could reach the threshold, however close they stand', () => {
    expect(settled(featured([-0.6, -0.7, -0.8]), model(), MEANING_FEATURES)).toBe(true);
    expect(settled(featured([-0.4, -0.7]), model(), MEANING_FEATURES)).toBe(false);
  });

  it('when settled, decides as it would with any values of those features', () => {
    const plan = engine.plan(QUESTION);
    const grid = [-1.5, -0.6, -0.2, 0.3, 0.9, 1.4, 2.5, 3.2];
    let checked = 0;
    for (const [m, headings] of [[model(), []], [byHeading(), [1, 0, 0]], [byHeading(), [0, 1, 0]]] as const)
    for (const a of grid) for (const b of grid) for (const c of grid) {
      const cheap = featured([a, b, c], [...headings]);
      if (!settled(cheap, m, MEANING_FEATURES)) continue;
      const decided = decide(plan, cheap.map((list) => scoreAll(list, m)), m.threshold, 5);
      for (const [lacking, kept] of [[0, 1], [1, 0], [1, 1], [0.5, 0.2]] as const) {
        for (const who of [0, 1, 2]) {
          const full = cheap.map((list) => list.map((f, i) => (i === who ? { ...f, features: { ...f.features, meaningLacking: lacking, meaningKept: kept } } : f)));
          const again = decide(plan, full.map((list) => scoreAll(list, m)), m.threshold, 5);
          expect(again.kind).toBe(decided.kind);
          expect(again.parts.map((p) => p.best?.candidate.id ?? null)).toEqual(decided.parts.map((p) => p.best?.candidate.id ?? null));
          expect(again.parts.map((p) => p.also.map((s) => s.candidate.id))).toEqual(decided.parts.map((p) => p.also.map((s) => s.candidate.id)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
