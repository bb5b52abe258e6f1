import { describe, expect, it } from 'vitest';
import { Tensor } from '@xenova/transformers';
import { clsNormalized } from '../../../src/node/embed/pooling';

describe('CLS pooling, L2-normalised', () => {
  it('takes each text’s first token and scales it to length 1', () => {
    // two texts, two tokens, two dimensions: the first token of each is (3, 4) and (0, 2)
    const out = clsNormalized(Float32Array.from([3, 4, 9, 9, 0, 2, 7, 7]), [2, 2, 2]);
    expect(out).toEqual([
      [Math.fround(0.6), Math.fround(0.8)],
      [0, 1],
    ]);
  });

  it('gives what transformers.js’s own pooling and normalize give, bit for bit', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const dims = [5, 9, 512];
    const data = Float32Array.from({ length: dims.reduce((a, b) => a * b) }, random);
    const theirs = new Tensor('float32', data.slice(), dims).slice(null, 0).normalize(2, -1).tolist() as number[][];
    expect(clsNormalized(data, dims)).toEqual(theirs);
  });
});
