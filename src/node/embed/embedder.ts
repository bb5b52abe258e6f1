// Node-only: sentence embeddings with transformers.js (bge-small-zh-v1.5, int8 ONNX, CLS pooling,
// L2-normalised — pooling.ts), on model threads (model-thread.ts). One thread by default: its
// onnxruntime session already runs on both cores, and a second copy of the model on a second
// thread only competed with it (README, "Tried"). With more threads, a question's batch (the
// question and its texts with a word taken out) is split in one share per thread; more texts than
// a batch go to the threads in turn, at most 16 a run.
import type { ResolvedModel } from './model';
import { ModelThread } from './model-thread';
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

/** Model threads by default (MODEL_THREADS sets more): each holds a copy of the model (≈ 95 MB). */
export const MODEL_THREADS = 1;

/** The texts in runs: a batch split in one share per thread, or batches of EMBED_BATCH. */
export function runsOf(texts: string[], threads: number): string[][] {
  const size = texts.length <= EMBED_BATCH ? Math.ceil(texts.length / threads) : EMBED_BATCH;
  const runs: string[][] = [];
  for (let i = 0; i < texts.length; i += size) runs.push(texts.slice(i, i + size));
  return runs;
}

export async function loadEmbedder(model: ResolvedModel, threads: number = MODEL_THREADS): Promise<Embedder> {
  const started = await Promise.allSettled(Array.from({ length: Math.max(1, threads) }, () => ModelThread.start(model)));
  const failed = started.find((s) => s.status === 'rejected');
  const pool = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (failed) {
    // a model that does not load on one thread is not served by the others
    await Promise.all(pool.map((t) => t.stop()));
    throw failed.reason;
  }
  const run = async (texts: string[]): Promise<number[][]> => {
    const runs = runsOf(texts, pool.length);
    return (await Promise.all(runs.map((batch, i) => pool[i % pool.length]!.embed(batch)))).flat();
  };
  return {
    modelId: MODEL_ID,
    dimensions: MODEL_DIMENSIONS,
    embed: run,
    embedQueries: (texts) => run(texts.map((t) => QUERY_INSTRUCTION + t)),
  };
}
