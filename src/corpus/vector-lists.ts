// Inverted lists for a large vector table: the rows grouped around centroids (spherical
// k-means), so that a query scores the centroids and then only the rows of the nearest few
// lists instead of every row (at 100k passages an exact scan is ≈ 50–130 ms a question).
// Built at index time, only for a table past VECTOR_LISTS.from rows: the bundled reports'
// tables are searched exactly. Runtime-neutral.

export interface ListOptions {
  from: number;
  rowsPerList: number;
  probe: number;
  trainingRows: number;
  iterations: number;
}

export const VECTOR_LISTS: ListOptions = {
  /** tables with at least this many rows get lists; smaller ones are searched exactly */
  from: 20_000,
  /** rows per list on average (the number of lists is rows / this) */
  rowsPerList: 400,
  /** lists whose rows a query scores (at 100k rows ≈ 10 % of them), nearest centroid first */
  probe: 24,
  /** rows the centroids are trained on, at most (evenly spread over the table) */
  trainingRows: 16_384,
  /** k-means rounds */
  iterations: 8,
};

export interface Lists {
  /** the centroids, one after another (lists × dimensions), each L2-normalised */
  centroids: Float32Array;
  /** the list of each row */
  of: Int32Array;
}

/** The dot product of a[ai…] and b[bi…] over `dimensions` values; four sums at once, for speed. */
export function dotAt(a: ArrayLike<number>, ai: number, b: ArrayLike<number>, bi: number, dimensions: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < dimensions; k += 4) {
    s0 += a[ai + k]! * b[bi + k]!;
    s1 += a[ai + k + 1]! * b[bi + k + 1]!;
    s2 += a[ai + k + 2]! * b[bi + k + 2]!;
    s3 += a[ai + k + 3]! * b[bi + k + 3]!;
  }
  for (; k < dimensions; k++) s0 += a[ai + k]! * b[bi + k]!;
  return s0 + s1 + s2 + s3;
}

/** The centroid nearest a row. */
function nearestCentroid(data: Float32Array, row: number, centroids: Float32Array, lists: number, dimensions: number): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < lists; c++) {
    const score = dotAt(data, row * dimensions, centroids, c * dimensions, dimensions);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** Lists for a table of `rows` L2-normalised vectors (null below VECTOR_LISTS.from rows). Deterministic: the same rows give the same lists. */
export function trainLists(data: Float32Array, rows: number, dimensions: number, options: ListOptions = VECTOR_LISTS): Lists | null {
  if (rows < options.from) return null;
  const lists = Math.max(1, Math.round(rows / options.rowsPerList));
  const sample = Array.from({ length: Math.min(rows, options.trainingRows) }, (_, i) => Math.floor((i * rows) / Math.min(rows, options.trainingRows)));
  // the first centroids: rows evenly spread over the sample
  const centroids = new Float32Array(lists * dimensions);
  for (let c = 0; c < lists; c++) {
    const row = sample[Math.floor((c * sample.length) / lists)]!;
    centroids.set(data.subarray(row * dimensions, (row + 1) * dimensions), c * dimensions);
  }
  for (let round = 0; round < options.iterations; round++) {
    const sums = new Float64Array(lists * dimensions);
    const counts = new Int32Array(lists);
    for (const row of sample) {
      const c = nearestCentroid(data, row, centroids, lists, dimensions);
      counts[c]!++;
      for (let k = 0; k < dimensions; k++) sums[c * dimensions + k]! += data[row * dimensions + k]!;
    }
    for (let c = 0; c < lists; c++) {
      // a list that drew no row keeps its centroid
      if (counts[c] === 0) continue;
      let norm = 0;
      for (let k = 0; k < dimensions; k++) norm += sums[c * dimensions + k]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < dimensions; k++) centroids[c * dimensions + k] = sums[c * dimensions + k]! / norm;
    }
  }
  const of = new Int32Array(rows);
  for (let row = 0; row < rows; row++) of[row] = nearestCentroid(data, row, centroids, lists, dimensions);
  return { centroids, of };
}

/** The rows of the `probe` lists whose centroids are nearest a query. */
export function probedRows(query: ArrayLike<number>, lists: Lists, members: number[][], dimensions: number, probe: number = VECTOR_LISTS.probe): number[] {
  const q = Float32Array.from(query);
  const scored = members.map((_, c) => ({ c, score: dotAt(q, 0, lists.centroids, c * dimensions, dimensions) }));
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, probe).flatMap(({ c }) => members[c] ?? []);
}
