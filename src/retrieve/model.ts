// The fitted decision: a logistic model over the features of a candidate sentence
// (features.ts) whose score ranks the candidates, and a second one (the decider) over the best
// candidate's score and features whose log-odds that it is right must reach the threshold
// for it to answer — ranking a sentence first and answering with it are told apart, so that a
// word that says nothing between the candidates of one question (a detail all of them lack)
// can still say "not in the reports". Weights and threshold are fitted by `npm run tune` and
// stored in model.json (with what each weight means and the cross-validated accuracy); two
// variants, with and without the embeddings. Runtime-neutral.
import { z } from 'zod';
import { FEATURE_NAMES, type FeatureName, type Features } from './features';
import fitted from './model.json';

const DeciderSchema = z.object({
  bias: z.number(),
  /** the weight of the ranking score */
  score: z.number(),
  weights: z.record(z.string(), z.number()),
});

const VariantSchema = z.object({
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /** the least confidence (log-odds) of the best candidate for an answer */
  threshold: z.number(),
  /** absent: the ranking score is the confidence */
  decider: DeciderSchema.optional(),
  /** the weight of the decider's confidence beside the score in the ranking (absent: 0, the score alone ranks) */
  rerank: z.number().min(0).optional(),
});

export const ModelFileSchema = z.object({
  version: z.number().int(),
  fittedAt: z.string(),
  script: z.string(),
  variants: z.object({ hybrid: VariantSchema, lexical: VariantSchema }),
  meaning: z.record(z.string(), z.string()),
  data: z.record(z.string(), z.unknown()),
  crossValidation: z.record(z.string(), z.unknown()),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export interface Decider {
  bias: number;
  score: number;
  weights: Record<FeatureName, number>;
}

export interface LinearModel {
  bias: number;
  weights: Record<FeatureName, number>;
  threshold: number;
  decider: Decider | null;
  /** candidates rank by score + rerank × confidence: the decider, which weighs each part's best candidate, also tells near ties apart */
  rerank: number;
}

export type ModelVariant = 'hybrid' | 'lexical';

/** Weights in feature order, a missing feature weighing 0. */
const inOrder = (weights: Record<string, number>): Record<FeatureName, number> => Object.fromEntries(FEATURE_NAMES.map((n) => [n, weights[n] ?? 0])) as Record<FeatureName, number>;

export function toLinear(v: z.infer<typeof VariantSchema>): LinearModel {
  const decider = v.decider ? { bias: v.decider.bias, score: v.decider.score, weights: inOrder(v.decider.weights) } : null;
  return { bias: v.bias, weights: inOrder(v.weights), threshold: v.threshold, decider, rerank: v.rerank ?? 0 };
}

const linear = (bias: number, weights: Record<FeatureName, number>, features: Features): number => FEATURE_NAMES.reduce((z, name) => z + weights[name] * features[name], bias);

/** The candidate's score: log-odds that it holds the answer, to rank the candidates of a question by. */
export function scoreOf(model: LinearModel, features: Features): number {
  return linear(model.bias, model.weights, features);
}

/** The confidence in a best candidate: the decider's log-odds that it answers the question right (without one, its score). */
export function confidenceOf(model: LinearModel, score: number, features: Features): number {
  const d = model.decider;
  return d ? linear(d.bias + d.score * score, d.weights, features) : score;
}

const file = ModelFileSchema.parse(fitted);

/** What a candidate ranks by: its score and, weighed by the model's rerank, the decider's confidence in it. */
export function rankingOf(model: LinearModel, score: number, confidence: number): number {
  return score + model.rerank * confidence;
}

/** The fitted models: with the embeddings (hybrid) and without (lexical). */
export const MODELS: Record<ModelVariant, LinearModel> = {
  hybrid: toLinear(file.variants.hybrid),
  lexical: toLinear(file.variants.lexical),
};
