// The model's output made into sentence vectors: the first token's (CLS) vector of each text,
// L2-normalised. Done here on the flat output: transformers.js does it element by element
// through its Tensor's Proxy (≈ 1.7 ms of a question's main-thread time), with the same float32 arithmetic.

/**
 * The first token's vector of each text in a [texts, tokens, dimensions] output, L2-normalised
 * as transformers.js's `normalize` does it: the sum of squares and the norm kept in float32.
 */
export function clsNormalized(data: Float32Array, dims: readonly number[]): number[][] {
  const [texts = 0, tokens = 0, size = 0] = dims;
  const out: number[][] = [];
  const acc = new Float32Array(1);
  for (let t = 0; t < texts; t++) {
    const start = t * tokens * size;
    acc[0] = 0;
    for (let i = 0; i < size; i++) acc[0] += data[start + i]! ** 2;
    const norm = Math.fround(acc[0]! ** 0.5);
    const row = new Array<number>(size);
    for (let i = 0; i < size; i++) row[i] = Math.fround(data[start + i]! / norm);
    out.push(row);
  }
  return out;
}
