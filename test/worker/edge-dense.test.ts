// Meaning at the edge with fakes standing in for Workers AI and Vectorize (neither runs
// here): the question goes to bge-m3, its vector to Vectorize, the matches into the fusion —
// and without sentence vectors the lexical answer model decides.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/node/config';
import { openIndex, type OpenedIndex } from '../../src/node/store/open';
import { servicesFrom } from '../../src/server/services';
import { EDGE_MODEL, edgeDense, type AiBinding, type VectorizeBinding } from '../../src/worker/edge-dense';

let opened: OpenedIndex;
beforeAll(async () => {
  opened = await openIndex({ ...loadConfig(), embeddings: false }, { readOnly: true });
});

function fakes(matchIds: string[]) {
  const calls = { ai: [] as { model: string; text: string[] }[], vectorize: [] as { length: number; topK: number }[] };
  const ai: AiBinding = {
    run: async (model, input) => {
      calls.ai.push({ model, text: input.text });
      return { shape: [input.text.length, 1024], data: input.text.map(() => Array.from({ length: 1024 }, (_, i) => (i === 0 ? 1 : 0))) };
    },
  };
  const vectorize: VectorizeBinding = {
    query: async (vector, options) => {
      calls.vectorize.push({ length: vector.length, topK: options.topK });
      return { matches: matchIds.map((id, i) => ({ id, score: 0.9 - i * 0.1 })) };
    },
  };
  return { ai, vectorize, calls };
}

describe('Workers AI + Vectorize', () => {
  it('embed the question with bge-m3 and hand Vectorize its vector', async () => {
    const { ai, vectorize, calls } = fakes(['p1', 'p2']);
    const dense = edgeDense(ai, vectorize);
    const [vector, other] = await dense.embedQueries(['退休人數', '退休']);
    expect(vector).toHaveLength(1024);
    expect(other).toHaveLength(1024);
    // one call for the batch
    expect(calls.ai).toEqual([{ model: EDGE_MODEL, text: ['退休人數', '退休'] }]);
    expect(await dense.passages(vector!, 250)).toEqual([{ id: 'p1', score: 0.9 }, { id: 'p2', score: 0.8 }]);
    expect(calls.vectorize[0]).toEqual({ length: 1024, topK: 100 });
  });

  it('fail plainly when Workers AI answers without an embedding', async () => {
    const dense = edgeDense({ run: async () => ({ data: [] }) }, fakes([]).vectorize);
    await expect(dense.embedQueries(['x'])).rejects.toThrow('Workers AI returned no embedding.');
    // fewer vectors than texts is no answer either
    const short = edgeDense({ run: async () => ({ data: [[1, 0]] }) }, fakes([]).vectorize);
    await expect(short.embedQueries(['x', 'y'])).rejects.toThrow('Workers AI returned no embedding.');
  });

  it('take part in the search, and the answer stays exact', async () => {
    const retirement = opened.index.passages.find((p) => p.text.includes('776'))!;
    const { ai, vectorize, calls } = fakes([retirement.id]);
    const { index, cutter, script } = opened;
    const services = servicesFrom({ passages: index.passages, documents: index.documents, lexical: index.lexical, cutter, script, dense: edgeDense(ai, vectorize), userWords: index.userWords, model: EDGE_MODEL });
    expect(services.health).toMatchObject({ embeddings: true, model: EDGE_MODEL });
    const result = await services.engine.ask('113年下半年有多少人辦理退休？');
    expect(calls.vectorize.length).toBeGreaterThan(0);
    expect(result.found).toBe(true);
    expect(result.answer).toContain('776人');
  });
});
