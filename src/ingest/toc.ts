// In 002 every heading is listed first and the bodies follow without headings, in the same
// order. This reconnects them: the body units are cut into one run per leaf heading
// (monotonic, every leaf gets at least one unit) so that the runs' openings share the most
// heading words, weighted by how rare each character pair is among the bodies.
import { bigramsOf } from '../text/segment';
import { norm } from '../text/normalize';

export interface TocBody {
  text: string;
  /** false for a unit that continues a list (2., (2), b. …) and cannot open a section */
  canStart: boolean;
}

function bigramSet(text: string): Set<string> {
  return new Set(bigramsOf(norm(text).replace(/^[^\u3400-\u9fff]*[、.)）]/, '')));
}

/** Returns, for every body unit, the position of its leaf in `leaves`. */
export function alignBodiesToToc(leaves: string[], bodies: TocBody[]): number[] {
  const K = leaves.length;
  const N = bodies.length;
  if (K === 0 || N === 0) return bodies.map(() => 0);
  if (N < K) return bodies.map((_, i) => Math.min(i, K - 1));

  const bodySets = bodies.map((b) => bigramSet(b.text));
  const df = new Map<string, number>();
  for (const s of bodySets) for (const b of s) df.set(b, (df.get(b) ?? 0) + 1);
  const weight = (b: string): number => Math.log((N + 1) / ((df.get(b) ?? 0) + 0.5));

  const heads = leaves.map((l) => [...bigramSet(l)].map((b) => ({ b, w: weight(b) })));
  const totals = heads.map((h) => h.reduce((s, x) => s + x.w, 0) || 1);
  // opening[k][i]: share of leaf k's heading weight found in body unit i
  const opening = heads.map((h, k) => bodySets.map((s) => h.reduce((acc, x) => acc + (s.has(x.b) ? x.w : 0), 0) / (totals[k] ?? 1)));
  // next[k][x][u]: first unit at or after u that holds bigram x of leaf k (N when none)
  const next = heads.map((h) =>
    h.map((x) => {
      const arr = new Array<number>(N + 1).fill(N);
      for (let u = N - 1; u >= 0; u--) arr[u] = bodySets[u]?.has(x.b) ? u : (arr[u + 1] ?? N);
      return arr;
    }),
  );
  // cover(k, i, j): share of leaf k's heading weight found anywhere in units i..j-1
  const cover = (k: number, i: number, j: number): number => {
    let found = 0;
    (heads[k] ?? []).forEach((x, xi) => {
      if ((next[k]?.[xi]?.[i] ?? N) < j) found += x.w;
    });
    return found / (totals[k] ?? 1);
  };

  const NEG = -Infinity;
  // best[k][j]: best score with leaves 0..k-1 covering units 0..j-1
  const best: number[][] = Array.from({ length: K + 1 }, () => new Array<number>(N + 1).fill(NEG));
  const from: number[][] = Array.from({ length: K + 1 }, () => new Array<number>(N + 1).fill(-1));
  best[0]![0] = 0;
  for (let k = 1; k <= K; k++) {
    for (let j = k; j <= N - (K - k); j++) {
      for (let i = k - 1; i < j; i++) {
        const prev = best[k - 1]![i]!;
        if (prev === NEG) continue;
        if (i > 0 && !bodies[i]?.canStart) continue;
        const score = prev + 2 * (opening[k - 1]![i] ?? 0) + cover(k - 1, i, j);
        if (score > best[k]![j]!) {
          best[k]![j] = score;
          from[k]![j] = i;
        }
      }
    }
  }
  const assignment = new Array<number>(N).fill(0);
  let j = N;
  for (let k = K; k >= 1; k--) {
    const i = from[k]![j]!;
    for (let u = Math.max(i, 0); u < j; u++) assignment[u] = k - 1;
    j = Math.max(i, 0);
  }
  return assignment;
}
