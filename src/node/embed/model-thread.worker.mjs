// Node-only, a worker thread: runs the embedding model (transformers.js, int8 ONNX) on the texts it
// is sent and posts back each text's first-token (CLS) vector, unpooled; model-thread.ts pools them.
// Plain JavaScript: a worker thread does not go through the TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { env, pipeline } from '@xenova/transformers';

const { root, modelId } = workerData;
env.allowLocalModels = root !== null;
env.allowRemoteModels = root === null;
if (root) env.localModelPath = root;

let extractor;
try {
  extractor = await pipeline('feature-extraction', modelId, { quantized: true });
  parentPort.postMessage({ ready: true });
} catch (err) {
  parentPort.postMessage({ failed: String(err?.message ?? err) });
}

// one request at a time: the model run itself is synchronous, so requests queue here in order
parentPort.on('message', async ({ id, texts }) => {
  try {
    const hidden = await extractor(texts, { pooling: 'none', normalize: false });
    const [count, tokens, size] = hidden.dims;
    const first = new Float32Array(count * size);
    for (let t = 0; t < count; t++) first.set(hidden.data.subarray(t * tokens * size, t * tokens * size + size), t * size);
    parentPort.postMessage({ id, first, size }, [first.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, failed: String(err?.message ?? err) });
  }
});
