import { describe, expect, it } from 'vitest';
import { fitLogistic, solve } from '../../src/tune/logistic';
import { foldOf } from '../../src/tune/fit';

/** Rows drawn from a known model, deterministically (a small linear congruential generator). */
function sample(n: number, bias: number, weights: number[]): { rows: number[][]; labels: number[] } {
  let seed = 12345;
  const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = weights.map(() => rand() * 2 - 1);
    const p = 1 / (1 + Math.exp(-(bias + x.reduce((s, v, k) => s + v * weights[k]!, 0))));
    rows.push(x);
    labels.push(rand() < p ? 1 : 0);
  }
  return { rows, labels };
}

describe('logistic regression', () => {
  it('solves a linear system', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((v) => Number(v.toFixed(6)))).toEqual([0.8, 1.4]);
  });

  it('recovers the weights of the model the data came from', () => {
    const { rows, labels } = sample(4000, -0.5, [2, -1.5, 0]);
    const fit = fitLogistic(rows, labels, rows.map(() => 1), { l2: 0, maxIterations: 50, tolerance: 1e-9 });
    expect(fit.bias).toBeCloseTo(-0.5, 0);
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1.5, 0);
    expect(Math.abs(fit.weights[2]!)).toBeLessThan(0.25);
  });

  it('keeps each weight on the side its sign says, holding a wrong-way weight at 0', () => {
    const { rows, labels } = sample(2000, 0, [1.5, -1]);
    const fit = fitLogistic(rows, labels, rows.map(() => 1), { l2: 0, maxIterations: 50, tolerance: 1e-9 }, [1, 1]);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBe(0);
  });

  it('assigns questions to folds the same way every run', () => {
    expect(foldOf('b001', 5)).toBe(foldOf('b001', 5));
    const folds = new Set(Array.from({ length: 50 }, (_, i) => foldOf(`q${i}`, 5)));
    expect(folds.size).toBe(5);
  });
});

describe('logistic regression on sparse rows', () => {
  it('recovers the weights when most features are 0 in most rows (as most candidates’ features are)', () => {
    const { rows, labels } = sample(6000, 0.3, [2.5, -2, 1, 0]);
    // zero out most values, deterministically: the labels were drawn from the full rows, so refit on what remains
    const sparse = rows.map((x, i) => x.map((v, k) => ((i + k) % 3 === 0 ? v : 0)));
    const refit = sparse.map((x) => 1 / (1 + Math.exp(-(0.3 + 2.5 * x[0]! - 2 * x[1]! + x[2]!))));
    const sparseLabels = refit.map((p, i) => (((i * 7919) % 1000) / 1000 < p ? 1 : 0));
    const fit = fitLogistic(sparse, sparseLabels, sparse.map(() => 1), { l2: 0, maxIterations: 50, tolerance: 1e-9 });
    expect(fit.bias).toBeCloseTo(0.3, 0);
    expect(fit.weights[0]).toBeCloseTo(2.5, 0);
    expect(fit.weights[1]).toBeCloseTo(-2, 0);
    expect(Math.abs(fit.weights[3]!)).toBeLessThan(0.3);
    expect(labels.length).toBe(6000);
  });
});
