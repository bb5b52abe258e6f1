// Whether features not yet worked out could change the decision. Each lies between 0 and 1, and the
// fitted model is linear in them, so a candidate's ranking and confidence can move only within
// bounds. When, for every part, the best eligible candidate leads the others by more than those
// bounds, its confidence clears the threshold by more than them and no other candidate could reach
// it — or no candidate at all could reach it — the full features make the same decision:
// the engine then spares the model's run on the question's texts with a word taken out.
// Runtime-neutral.
import type { FeatureName, Featured } from '../retrieve/features';
import { rankingOf, type LinearModel } from '../retrieve/model';
import { scoreAll } from '../retrieve/rank';
import { eligible } from './decide';

/** How far a candidate's ranking and confidence may move when the features (each now 0) take any values from 0 to 1. */
export interface Movement {
  ranking: { down: number; up: number };
  confidence: { down: number; up: number };
}

export function movement(model: LinearModel, unknown: readonly FeatureName[]): Movement {
  const span = (coefficients: number[]): { down: number; up: number } => ({
    down: coefficients.reduce((s, c) => s + Math.max(0, -c), 0),
    up: coefficients.reduce((s, c) => s + Math.max(0, c), 0),
  });
  const score = unknown.map((f) => model.weights[f]);
  // the decider sees the score and the features themselves; without one the confidence is the score
  const confidence = unknown.map((f, i) => (model.decider ? model.decider.score * score[i]! + model.decider.weights[f] : score[i]!));
  return { ranking: span(score.map((w, i) => w + model.rerank * confidence[i]!)), confidence: span(confidence) };
}

/** Whether the decision over these parts' featured candidates is the same whatever values the unknown features take. */
export function settled(parts: Featured[][], model: LinearModel, unknown: readonly FeatureName[]): boolean {
  const move = movement(model, unknown);
  const surelyBelow = (confidence: number): boolean => confidence + move.confidence.up < model.threshold;
  const surelyAbove = (confidence: number): boolean => confidence - move.confidence.down >= model.threshold;
  return parts.every((featured) => {
    const list = scoreAll(featured, model).filter(eligible);
    if (list.every((s) => surelyBelow(s.confidence))) return true;
    const [top, ...rest] = list;
    const rank = (s: (typeof list)[number]): number => rankingOf(model, s.score, s.confidence);
    // the same best candidate (an earlier part taking its figure leaves only those that cannot answer)…
    const leads = rest.every((s) => rank(top!) - move.ranking.down > rank(s) + move.ranking.up);
    // …surely answering, and no other candidate could reach the threshold (nor join it from another report)
    return leads && surelyAbove(top!.confidence) && rest.every((s) => surelyBelow(s.confidence));
  });
}
