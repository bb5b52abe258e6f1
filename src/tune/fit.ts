// Fitting the answer decision: a logistic model over the candidates' features (positives:
// the candidates that hold an expected figure) that ranks them; a second one, the decider,
// over each part's best candidate (its score and features; positive when it holds an expected
// figure); then the threshold on the decider's confidence that answers most questions right
// end to end; and the same under k-fold cross-validation, which is the accuracy to report.
// Runtime-neutral.
import { eligible } from '../answer/decide';
import { routeKey, type AnswerEngine, type AnswerResult, type Prepared } from '../answer/engine';
import type { EvalItem } from '../eval/items';
import { holdsFigure } from '../eval/figures';
import { passes } from '../eval/score';
import { DENSE_FEATURES, FEATURE_NAMES, FEATURES, type FeatureName, type Features } from '../retrieve/features';
import { scoreOf, type Decider, type LinearModel, type ModelVariant } from '../retrieve/model';
import { scoreAll, type Scored } from '../retrieve/rank';
import { fitLogistic, LOGISTIC_DEFAULTS, type LogisticFit, type LogisticOptions } from './logistic';

export interface Example {
  item: EvalItem;
  prepared: Prepared;
}

/** Answers a prepared question under a model (the engine's answer stage). */
export type Answerer = (prepared: Prepared, model: LinearModel) => Omit<AnswerResult, 'tookMs'>;

/**
 * The engine's answer stage, composing once per distinct route of a question (routeKey): the
 * thresholds tried in a fit mostly change no decision, and composing is most of a fit's time.
 * (A 「報告中沒有」 is reused whatever nearest quote it shows: it scores the same.)
 */
export function composingOnce(engine: Pick<AnswerEngine, 'route' | 'answerOf'>): Answerer {
  const made = new WeakMap<Prepared, Map<string, Omit<AnswerResult, 'tookMs'>>>();
  return (prepared, model) => {
    const route = engine.route(prepared, model);
    const key = routeKey(route);
    let byKey = made.get(prepared);
    if (!byKey) made.set(prepared, (byKey = new Map()));
    let answer = byKey.get(key);
    if (!answer) byKey.set(key, (answer = engine.answerOf(prepared, model, route)));
    return answer;
  };
}

export const featuresOf = (variant: ModelVariant): FeatureName[] =>
  variant === 'hybrid' ? FEATURE_NAMES : FEATURE_NAMES.filter((f) => !DENSE_FEATURES.includes(f));

/** Whether a candidate holds one of the item's expected figures in one of its reports. */
function isPositive(item: EvalItem, docId: string, text: string): boolean {
  return item.type !== 'none' && item.docs.includes(docId) && item.must.some((m) => holdsFigure(text, m));
}

/** A model's score of a candidate's features, for the emphasis on the hardest negatives. */
type RowScore = (features: Features) => number;

/**
 * The training rows: every candidate of every part. Each question weighs the same: half its
 * weight on its positives, half on its negatives (a question the reports do not answer has
 * negatives only), so that neither long candidate lists nor common figures dominate. With a
 * first model's scores, `hard.share` of a question's negative weight goes to its `hard.top`
 * best-scoring negatives: the candidates that would answer it wrongly are the ones to learn from.
 */
export function trainingRows(examples: Example[], features: FeatureName[], hard?: { top: number; share: number; score: RowScore }): { rows: number[][]; labels: number[]; weights: number[] } {
  const rows: number[][] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const { item, prepared } of examples) {
    const all = prepared.parts.flat();
    const label = all.map((f) => (isPositive(item, f.candidate.doc.docId, f.candidate.text) ? 1 : 0));
    const positives = label.filter((l) => l === 1).length;
    const negatives = all.length - positives;
    const negativeWeight = positives > 0 ? 0.5 : 1;
    const hardest = new Set<number>();
    let share = 0;
    if (hard && hard.share > 0) {
      const ranked = all.map((f, i) => ({ i, z: hard.score(f.features) })).filter((r) => label[r.i] === 0).sort((a, b) => b.z - a.z);
      for (const r of ranked.slice(0, hard.top)) hardest.add(r.i);
      // when every negative is among the hardest, they take all of the negative weight
      share = hardest.size < negatives ? hard.share : 1;
    }
    all.forEach((f, i) => {
      rows.push(features.map((name) => f.features[name]));
      labels.push(label[i]!);
      const negative = hardest.has(i) ? (negativeWeight * share) / hardest.size : (negativeWeight * (1 - share)) / Math.max(1, negatives - hardest.size);
      weights.push(label[i] === 1 ? 0.5 / positives : negative);
    });
  }
  return { rows, labels, weights };
}

export interface Outcome {
  accuracy: number;
  /** questions answered, but not right (a wrong figure, or an answer the reports do not hold) */
  wrong: number;
  /** answerable questions answered 「報告中沒有」 */
  falseNotFound: number;
  answerable: number;
  /** questions the reports do not answer that got an answer */
  falseFound: number;
  unanswerable: number;
}

export function outcome(examples: Example[], model: LinearModel, answer: Answerer): Outcome {
  let pass = 0;
  let wrong = 0;
  let falseNotFound = 0;
  let falseFound = 0;
  for (const { item, prepared } of examples) {
    const body = answer(prepared, model);
    if (passes(item, body)) pass++;
    else if (body.found) wrong++;
    if (item.type === 'none' && body.found) falseFound++;
    if (item.type !== 'none' && !body.found) falseNotFound++;
  }
  const unanswerable = examples.filter((e) => e.item.type === 'none').length;
  return { accuracy: pass / Math.max(1, examples.length), wrong, falseNotFound, answerable: examples.length - unanswerable, falseFound, unanswerable };
}

/** Each part's best candidate as the decision sees it (the first eligible one under the ranking). */
function bestOfParts(prepared: Prepared, model: LinearModel): Scored[] {
  return prepared.parts.flatMap((featured) => scoreAll(featured, model).find(eligible) ?? []);
}

/** Candidate thresholds: between the confidences the questions' best candidates reach. */
function thresholdGrid(examples: Example[], model: LinearModel, steps: number): number[] {
  const best = examples
    .map(({ prepared }) => Math.max(...bestOfParts(prepared, model).map((s) => s.confidence)))
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (best.length === 0) return [0];
  const grid = new Set<number>();
  for (let i = 1; i < steps; i++) grid.add(best[Math.floor((i * best.length) / steps)]! - 1e-9);
  return [...grid].sort((a, b) => a - b);
}

/**
 * The decider: a logistic model over each part's best candidate — its ranking score and its
 * features (each weight on its feature's side of 0, the score's above) — positive when it holds
 * an expected figure; each question weighs the same.
 */
export function fitDecider(examples: Example[], features: FeatureName[], ranker: LinearModel, options: LogisticOptions): Decider {
  const rows: number[][] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const { item, prepared } of examples) {
    const best = bestOfParts(prepared, ranker);
    for (const s of best) {
      rows.push([s.score, ...features.map((n) => s.features[n])]);
      labels.push(isPositive(item, s.candidate.doc.docId, s.candidate.text) ? 1 : 0);
      weights.push(1 / best.length);
    }
  }
  const fit = fitLogistic(rows, labels, weights, options, [1, ...features.map((f) => FEATURES[f].sign)]);
  const out = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;
  features.forEach((n, i) => (out[n] = fit.weights[i + 1] ?? 0));
  return { bias: fit.bias, score: fit.weights[0] ?? 0, weights: out };
}

export interface FitOptions {
  logistic: LogisticOptions;
  /** the decider's L2 penalty; null: no decider, the ranking score decides */
  deciderL2: number | null;
  /** how many thresholds are tried */
  thresholdSteps: number;
  /** a second fit that puts `share` of each question's negative weight on its `top` best-scoring negatives (share 0: one fit) */
  hardNegatives: { top: number; share: number };
  /** the weights of the decider's confidence in the ranking tried, each with every threshold (model.ts, rankingOf) */
  rerankGrid: number[];
  /** how many false 「報告中沒有」 one wrong answer costs when the rerank weight and threshold are chosen (1: the most right answers) */
  wrongCost: number;
}

/**
 * hardNegatives: 30% of each question's negative weight on its 3 best-scoring wrong candidates,
 * chosen by 5-fold cross-validation on the 1,167 questions fitted then, among share 0 / 0.3 /
 * 0.5 and top 1 / 3 (hybrid 90.0% with one fit, 91.7% with this; lexical-only 90.9%, 91.3%).
 * thresholdSteps: 40 thresholds tried cross-validate as 60 did (91.4% / 91.0% on 1,239).
 * deciderL2: 0.001, chosen by 5-fold cross-validation on the 1,511 questions fitted before blind 15–17
 * joined (hybrid): no decider 91.8%, L2 0.1 91.8%, 0.01 92.0%, 0.001 92.5%.
 * wrongCost: 2, a product choice (a wrong number is worse than no answer), measured by 5-fold
 * cross-validation on 5,616 questions (hybrid): with 1, 94.1% right, 287 wrong answers (177 of 887
 * unanswerable questions answered, 44 of 4,729 answerable refused); with 2, 94.1% right, 235 wrong
 * (119 answered, 97 refused).
 */
export const FIT_DEFAULTS: FitOptions = { logistic: LOGISTIC_DEFAULTS, deciderL2: 0.001, thresholdSteps: 40, hardNegatives: { top: 3, share: 0.3 }, rerankGrid: [0, 0.3, 1, 3], wrongCost: 2 };

/** The model fitted on examples: logistic weights, the decider, then the rerank weight and threshold (fitCut). */
export function fitModel(examples: Example[], variant: ModelVariant, answer: Answerer, options: FitOptions = FIT_DEFAULTS): LinearModel {
  const features = featuresOf(variant);
  const signs = features.map((f) => FEATURES[f].sign);
  const first = trainingRows(examples, features);
  // the fitted coefficients as a model over all features (the ones not fitted weigh 0)
  const asModel = (fit: LogisticFit): LinearModel => {
    const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<FeatureName, number>;
    features.forEach((n, i) => (weights[n] = fit.weights[i] ?? 0));
    return { bias: fit.bias, weights, threshold: 0, decider: null, rerank: 0 };
  };
  let fit = fitLogistic(first.rows, first.labels, first.weights, options.logistic, signs);
  if (options.hardNegatives.share > 0) {
    const firstModel = asModel(fit);
    const second = trainingRows(examples, features, { ...options.hardNegatives, score: (f) => scoreOf(firstModel, f) });
    fit = fitLogistic(second.rows, second.labels, second.weights, options.logistic, signs);
  }
  const ranker = asModel(fit);
  const decided = options.deciderL2 === null ? ranker : { ...ranker, decider: fitDecider(examples, features, ranker, { ...options.logistic, l2: options.deciderL2 }) };
  return fitCut(examples, decided, answer, options);
}

/**
 * The rerank weight and threshold that cost least for a ranking and decider as they are — each
 * wrong answer (a wrong figure, or an answer the reports do not hold) as much as `wrongCost`
 * false 「報告中沒有」. Alone, it recalibrates a fitted model (`npm run tune -- --recalibrate`).
 */
export function fitCut(examples: Example[], decided: LinearModel, answer: Answerer, options: FitOptions = FIT_DEFAULTS): LinearModel {
  // without a decider, the confidence is the score: no weight beside it ranks differently
  const grid = decided.decider ? options.rerankGrid : [0];
  let best = { model: decided, value: -Infinity };
  for (const rerank of grid) {
    const base = { ...decided, rerank };
    for (const threshold of thresholdGrid(examples, base, options.thresholdSteps)) {
      const { accuracy, wrong } = outcome(examples, { ...base, threshold }, answer);
      // the right answers less the wrong ones' extra cost: a wrong number is worse than no answer
      const value = accuracy * examples.length - (options.wrongCost - 1) * wrong;
      // ties: the lower rerank weight (tried first), the higher threshold
      if (value > best.value || (value === best.value && rerank === best.model.rerank)) best = { model: { ...base, threshold }, value };
    }
  }
  return best.model;
}

/** A fixed assignment of examples to folds (by a hash of the id), so that runs agree. */
export function foldOf(id: string, folds: number): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % folds;
}

export interface CrossValidation extends Outcome {
  folds: number;
  perFold: number[];
}

/** k-fold cross-validation: each fold answered by a model fitted on the other folds (by fitModel, or as `fit` says). */
export function crossValidate(
  examples: Example[],
  folds: number,
  variant: ModelVariant,
  answer: Answerer,
  options: FitOptions = FIT_DEFAULTS,
  fit: (train: Example[]) => LinearModel = (train) => fitModel(train, variant, answer, options),
): CrossValidation {
  const perFold: number[] = [];
  const totals: Outcome = { accuracy: 0, wrong: 0, falseNotFound: 0, answerable: 0, falseFound: 0, unanswerable: 0 };
  let passed = 0;
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((e) => foldOf(e.item.id, folds) !== k);
    const test = examples.filter((e) => foldOf(e.item.id, folds) === k);
    const model = fit(train);
    const o = outcome(test, model, answer);
    perFold.push(o.accuracy);
    passed += o.accuracy * test.length;
    totals.wrong += o.wrong;
    totals.falseNotFound += o.falseNotFound;
    totals.answerable += o.answerable;
    totals.falseFound += o.falseFound;
    totals.unanswerable += o.unanswerable;
  }
  return { ...totals, accuracy: passed / Math.max(1, examples.length), folds, perFold };
}
