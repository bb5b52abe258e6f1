// Reciprocal-rank fusion: each list contributes 1/(k + rank) per item. Rank-based, so BM25
// and cosine scores need no common scale.
import type { Hit } from '../corpus/lexical';

export const RRF_K = 20;

export function fuse(lists: { hits: Hit[]; weight: number }[], k = RRF_K): Hit[] {
  const scores = new Map<string, number>();
  for (const { hits, weight } of lists) {
    hits.forEach((h, rank) => scores.set(h.id, (scores.get(h.id) ?? 0) + weight / (k + rank + 1)));
  }
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
