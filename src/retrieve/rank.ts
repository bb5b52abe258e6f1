// Ranking: every candidate's features, weighed by the fitted model into one score, best
// first. The similarity gaps and the figureless rivals are relative to the candidates at hand,
// so they are set here, where all candidates are seen. Runtime-neutral.
import type { Candidate } from './candidates';
import { featuresOf, type Featured } from './features';
import type { Similarities } from './meaning';
import { confidenceOf, rankingOf, scoreOf, type LinearModel } from './model';
import type { Query } from './understand';

export interface Scored extends Featured {
  /** log-odds that the candidate holds the answer (ranks the candidates) */
  score: number;
  /** log-odds that, as the best candidate, it answers right (decides: model.threshold) */
  confidence: number;
}

/** `without`: by term, the similarities of the question with that term taken out (meaning.ts). */
export function featurize(q: Query, candidates: Candidate[], similarities: Similarities | null, without: ReadonlyMap<string, Similarities> | null = null): Featured[] {
  return acrossCandidates(candidates.map((c) => featuresOf(q, c, similarities, without)), similarities);
}

/**
 * The features set against all candidates at once (featurize's last step): each one's similarity
 * against the best of them, and how much better a sentence that names what is asked whole, yet holds
 * no figure of the asked kind, matches the question than one that holds a figure (績優基層人員…頒贈獎金
 * against 模範公務人員…獎金5萬元: the reports speak of the thing asked and do not give the detail).
 */
export function acrossCandidates(featured: Featured[], similarities: Similarities | null): Featured[] {
  if (featured.length === 0) return featured;
  const most = (list: Featured[], of: (f: Featured) => number): number => list.reduce((m, f) => Math.max(m, of(f)), -Infinity);
  if (similarities) {
    const best = most(featured, (f) => f.features.similarity);
    const bestClause = most(featured, (f) => f.features.clauseSimilarity);
    for (const f of featured) {
      f.features.similarityGap = f.features.similarity - best;
      f.features.clauseGap = f.features.clauseSimilarity - bestClause;
    }
  }
  const figureless = featured.filter((f) => f.features.noFigure === 1 && f.features.keyWhole === 1);
  if (figureless.length > 0) {
    const covered = most(figureless, (f) => f.features.termsInSentence);
    const nearest = most(figureless, (f) => f.features.similarity);
    for (const f of featured.filter((g) => g.features.figures > 0)) {
      f.features.coveredWithoutFigure = Math.max(0, covered - f.features.termsInSentence);
      f.features.nearerWithoutFigure = similarities ? Math.max(0, nearest - f.features.similarity) : 0;
    }
  }
  return featured;
}

/**
 * Each candidate list's last scoring: the threshold does not change it, and `npm run tune` tries
 * many thresholds with the same weights (the same objects) on every question.
 */
const lastScored = new WeakMap<Featured[], { model: Pick<LinearModel, 'weights' | 'bias' | 'decider' | 'rerank'>; scored: Scored[] }>();

/** Featured candidates scored by a model, best first (callers do not change the list). */
export function scoreAll(featured: Featured[], model: LinearModel): Scored[] {
  const last = lastScored.get(featured);
  if (last && last.model.weights === model.weights && last.model.bias === model.bias && last.model.decider === model.decider && last.model.rerank === model.rerank) return last.scored;
  const scored = featured
    .map((f) => {
      const score = scoreOf(model, f.features);
      return { ...f, score, confidence: confidenceOf(model, score, f.features) };
    })
    .sort((a, b) => rankingOf(model, b.score, b.confidence) - rankingOf(model, a.score, a.confidence));
  lastScored.set(featured, { model, scored });
  return scored;
}

export function rank(q: Query, candidates: Candidate[], similarities: Similarities | null, model: LinearModel): Scored[] {
  return scoreAll(featurize(q, candidates, similarities), model);
}
