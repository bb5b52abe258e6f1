import { describe, expect, it } from 'vitest';
import { encodeSentenceVectors, SentenceVectors } from '../../src/corpus/sentence-vectors';

describe('sentence vectors', () => {
  const items = [
    { id: 'a#0', hash: 'h0', vector: [1, 0, 0] },
    { id: 'a#1', hash: 'h1', vector: [0, 0.6, 0.8] },
  ];
  const store = SentenceVectors.fromFile(JSON.parse(JSON.stringify(encodeSentenceVectors(items, 3))));

  it('survive a round trip through their JSON file', () => {
    expect(store.size).toBe(2);
    expect(store.similarity([1, 0, 0], 'a#0')).toBeCloseTo(1);
    expect(store.similarity([0, 1, 0], 'a#1')).toBeCloseTo(0.6);
    expect(store.similarity([1, 0, 0], 'missing')).toBeNull();
    expect([...store.byHash().keys()]).toEqual(['h0', 'h1']);
  });

  it('rank units by closeness to a question vector', () => {
    expect(store.nearest([0, 0, 1], 2).map((n) => n.id)).toEqual(['a#1', 'a#0']);
  });

  it('refuse a file whose vectors do not match its ids, and a vector of the wrong size', () => {
    const file = encodeSentenceVectors(items, 3);
    expect(() => SentenceVectors.fromFile({ ...file, ids: ['a#0'], hashes: ['h0'] })).toThrow(/do not match/);
    expect(() => encodeSentenceVectors([{ id: 'x', hash: 'h', vector: [1, 2] }], 3)).toThrow(/2 dimensions/);
  });
});
