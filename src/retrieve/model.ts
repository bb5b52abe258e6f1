// The fitted decision: one logistic model over the features of a candidate sentence
// (features.ts). Its score ranks the candidates, and the best candidate answers the question
// only when its score reaches the threshold. Weights and threshold are fitted by
// `npm run tune` and stored in model.json (with what each weight means and the
// cross-validated accuracy); two variants, with and without the embeddings. Runtime-neutral.
import { z } from 'zod';
import { FEATURE_NAMES, type FeatureName, type Features } from './features';
import fitted from './model.json';

const VariantSchema = z.object({
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  /** the least score (log-odds) of the best candidate for an answer */
  threshold: z.number(),
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

export interface LinearModel {
  bias: number;
  weights: Record<FeatureName, number>;
  threshold: number;
}

export type ModelVariant = 'hybrid' | 'lexical';

/** A model's weights in feature order, a missing feature weighing 0. */
export function toLinear(v: z.infer<typeof VariantSchema>): LinearModel {
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, v.weights[n] ?? 0])) as Record<FeatureName, number>;
  return { bias: v.bias, weights, threshold: v.threshold };
}

/** The candidate's score: log-odds that it holds the answer. */
export function scoreOf(model: LinearModel, features: Features): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += model.weights[name] * features[name];
  return z;
}

const file = ModelFileSchema.parse(fitted);

/** The fitted models: with the embeddings (hybrid) and without (lexical). */
export const MODELS: Record<ModelVariant, LinearModel> = {
  hybrid: toLinear(file.variants.hybrid),
  lexical: toLinear(file.variants.lexical),
};
