// Weighted logistic regression with an L2 penalty, fitted by Newton's method (IRLS): the
// model is small (a bias and a few dozen weights), so each step solves the exact system.
// Runtime-neutral; used by `npm run tune` only.

export interface LogisticFit {
  bias: number;
  weights: number[];
  iterations: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), relative to the total row weight */
  l2: number;
  maxIterations: number;
  /** stop when no coefficient moves more than this */
  tolerance: number;
}

export const LOGISTIC_DEFAULTS: LogisticOptions = { l2: 0.001, maxIterations: 50, tolerance: 1e-7 };

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

/**
 * Fits P(y=1 | x) = σ(bias + w·x) to rows x with labels y and row weights. With signs, each
 * weight stays on its side of 0: a feature whose fitted weight comes out the wrong way is held
 * at 0 and the rest refitted, until none does (an active-set method). Each fit starts from 0:
 * Newton's method from a saturated start (probabilities near 0 or 1) can overshoot.
 */
export function fitLogistic(rows: number[][], labels: number[], rowWeights: number[], options: LogisticOptions = LOGISTIC_DEFAULTS, signs?: number[]): LogisticFit {
  const d = rows[0]?.length ?? 0;
  const held = new Set<number>();
  for (;;) {
    const free = [...Array(d).keys()].filter((k) => !held.has(k));
    const fit = fitFree(rows, free, labels, rowWeights, options);
    const weights = new Array<number>(d).fill(0);
    free.forEach((k, i) => (weights[k] = fit.weights[i] ?? 0));
    const wrong = free.filter((k) => (signs?.[k] ?? 0) * weights[k]! < 0);
    if (wrong.length === 0) return { ...fit, weights };
    // the most wrong one first: holding it may set the others right
    held.add(wrong.sort((a, b) => (signs![a]! * weights[a]!) - (signs![b]! * weights[b]!))[0]!);
  }
}

/** The rows' non-zero values over the free features (most features are 0 for most candidates), as coefficient positions (1 + the feature's place among the free ones). */
function sparseRows(rows: number[][], free: number[]): { at: Int32Array; value: Float64Array }[] {
  return rows.map((x) => {
    const at: number[] = [];
    const value: number[] = [];
    free.forEach((k, i) => {
      const v = x[k]!;
      if (v !== 0) {
        at.push(i + 1);
        value.push(v);
      }
    });
    return { at: Int32Array.from(at), value: Float64Array.from(value) };
  });
}

/** Newton's method over the free features, from 0. */
function fitFree(rows: number[][], free: number[], labels: number[], rowWeights: number[], options: LogisticOptions): LogisticFit {
  const d = free.length;
  const n = d + 1;
  const sparse = sparseRows(rows, free);
  const total = rowWeights.reduce((s, w) => s + w, 0);
  const lambda = options.l2 * total;
  // coefficient 0 is the bias
  let beta = new Array<number>(n).fill(0);
  let iterations = 0;
  for (; iterations < options.maxIterations; iterations++) {
    const grad = new Float64Array(n);
    const hess = new Float64Array(n * n);
    sparse.forEach(({ at, value }, i) => {
      const w = rowWeights[i] ?? 1;
      let z = beta[0]!;
      for (let j = 0; j < at.length; j++) z += beta[at[j]!]! * value[j]!;
      const p = sigmoid(z);
      const r = w * ((labels[i] ?? 0) - p);
      const s = w * p * (1 - p);
      // row 0 of the (row-major, upper-triangle) Hessian is the bias's: hess[a] is (bias, a)
      grad[0]! += r;
      hess[0]! += s;
      for (let j = 0; j < at.length; j++) {
        const a = at[j]!;
        const va = value[j]!;
        grad[a]! += r * va;
        if (s === 0) continue;
        hess[a]! += s * va;
        // the upper triangle: positions ascend along a row
        for (let l = j; l < at.length; l++) hess[a * n + at[l]!]! += s * va * value[l]!;
      }
    });
    const system = Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a <= b ? hess[a * n + b]! : hess[b * n + a]!)));
    for (let a = 1; a < n; a++) {
      grad[a]! -= lambda * beta[a]!;
      system[a]![a]! += lambda;
    }
    // a tiny ridge on the bias too, so that a feature constant in the data cannot make the system singular
    system[0]![0]! += 1e-9 * total;
    const step = solve(system, [...grad]);
    beta = beta.map((v, k) => v + (step[k] ?? 0));
    if (Math.max(...step.map(Math.abs)) < options.tolerance) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1), iterations };
}
