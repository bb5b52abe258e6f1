// Worker-only: meaning at the edge — Workers AI (bge-m3, Chinese, 1024-d) embeds the
// question and Vectorize finds the nearest passages, when both are bound. There is no local
// model in the Worker, and no sentence vectors: the lexical answer model decides.
import type { Hit } from '../corpus/lexical';
import type { DenseIndex } from '../retrieve/search';

/** The model `npm run worker:vectors` embeds the passages with; the question must match it. */
export const EDGE_MODEL = '@cf/baai/bge-m3';

/** The part of the Workers AI binding used here. */
export interface AiBinding {
  run(model: string, input: { text: string[] }): Promise<unknown>;
}

/** The part of the Vectorize binding used here. */
export interface VectorizeBinding {
  query(vector: number[], options: { topK: number }): Promise<{ matches: { id: string; score: number }[] }>;
}

/** Vectorize answers at most this many matches without values. */
const VECTORIZE_TOP_K = 100;

/** One vector per text asked, or an error: Workers AI answers `{ data: number[][] }`. */
function vectorsOf(output: unknown, count: number): number[][] {
  const data = (output as { data?: unknown }).data;
  const rows = Array.isArray(data) ? data.slice(0, count) : [];
  if (rows.length < count || !rows.every((r) => Array.isArray(r) && r.length > 0 && r.every((x) => typeof x === 'number'))) throw new Error('Workers AI returned no embedding.');
  return rows as number[][];
}

export function edgeDense(ai: AiBinding, vectorize: VectorizeBinding): DenseIndex {
  return {
    embedQueries: async (texts) => vectorsOf(await ai.run(EDGE_MODEL, { text: texts }), texts.length),
    passages: async (vector, limit): Promise<Hit[]> => {
      const { matches } = await vectorize.query(vector, { topK: Math.min(limit, VECTORIZE_TOP_K) });
      return matches.map((m) => ({ id: m.id, score: m.score }));
    },
    sentences: null,
  };
}
