// Ranking: every candidate's features, weighed by the fitted model into one score, best
// first. The similarity features are relative to the candidates at hand, so they are set
// here, where all candidates are seen. Runtime-neutral.
import type { Candidate } from './candidates';
import { featuresOf, type Featured } from './features';
import type { Similarities } from './meaning';
import { confidenceOf, scoreOf, type LinearModel } from './model';
import type { Query } from './understand';

export interface Scored extends Featured {
  /** log-odds that the candidate holds the answer (ranks the candidates) */
  score: number;
  /** log-odds that, as the best candidate, it answers right (decides: model.threshold) */
  confidence: number;
}

/** `without`: by term, the similarities of the question with that term taken out (meaning.ts). */
export function featurize(q: Query, candidates: Candidate[], similarities: Similarities | null, without: ReadonlyMap<string, Similarities> | null = null): Featured[] {
  return withSimilarityGaps(candidates.map((c) => featuresOf(q, c, similarities, without)), similarities);
}

/** Each candidate's similarity set against the best of all of them (featurize's last step, over every candidate at once). */
export function withSimilarityGaps(featured: Featured[], similarities: Similarities | null): Featured[] {
  if (similarities && featured.length > 0) {
    const best = featured.reduce((m, f) => Math.max(m, f.features.similarity), -Infinity);
    const bestClause = featured.reduce((m, f) => Math.max(m, f.features.clauseSimilarity), -Infinity);
    for (const f of featured) {
      f.features.similarityGap = f.features.similarity - best;
      f.features.clauseGap = f.features.clauseSimilarity - bestClause;
    }
  }
  return featured;
}

/** Featured candidates scored by a model, best first. */
export function scoreAll(featured: Featured[], model: LinearModel): Scored[] {
  return featured
    .map((f) => {
      const score = scoreOf(model, f.features);
      return { ...f, score, confidence: confidenceOf(model, score, f.features) };
    })
    .sort((a, b) => b.score - a.score);
}

export function rank(q: Query, candidates: Candidate[], similarities: Similarities | null, model: LinearModel): Scored[] {
  return scoreAll(featurize(q, candidates, similarities), model);
}
