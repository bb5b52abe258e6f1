// Node-only: sentence embeddings with transformers.js (bge-small-zh-v1.5, int8 ONNX,
// CLS pooling, L2-normalised — pooling.ts, on the model's flat output), in batches of at most 16.
import { env, pipeline, type FeatureExtractionPipeline } from '@xenova/transformers';
import { ModelError, type ResolvedModel } from './model';
import { clsNormalized } from './pooling';
import { MODEL_DIMENSIONS, MODEL_ID, QUERY_INSTRUCTION } from './provenance';

export interface Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  /** passages: no instruction */
  embed(texts: string[]): Promise<number[][]>;
  /** short questions, in one batch: bge's retrieval instruction in front */
  embedQueries(texts: string[]): Promise<number[][]>;
}

export const EMBED_BATCH = 16;

export async function loadEmbedder(model: ResolvedModel): Promise<Embedder> {
  env.allowLocalModels = model.root !== null;
  env.allowRemoteModels = model.root === null;
  if (model.root) env.localModelPath = model.root;
  let extractor: FeatureExtractionPipeline;
  try {
    extractor = await pipeline('feature-extraction', MODEL_ID, { quantized: true });
  } catch (err) {
    throw new ModelError(`The embedding model could not be loaded: ${(err as Error).message}`);
  }
  const run = async (texts: string[]): Promise<number[][]> => {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += EMBED_BATCH) {
      const batch = texts.slice(i, i + EMBED_BATCH);
      const hidden = await extractor(batch, { pooling: 'none', normalize: false });
      out.push(...clsNormalized(hidden.data as Float32Array, hidden.dims));
    }
    return out;
  };
  return {
    modelId: MODEL_ID,
    dimensions: MODEL_DIMENSIONS,
    embed: run,
    embedQueries: (texts) => run(texts.map((t) => QUERY_INSTRUCTION + t)),
  };
}
