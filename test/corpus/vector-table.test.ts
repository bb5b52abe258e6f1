import { describe, expect, it } from 'vitest';
import { packVectors, VectorTable } from '../../src/corpus/vector-table';

describe('vector table', () => {
  const items = [
    { id: 'a#0', hash: 'h0', vector: [1, 0, 0] },
    { id: 'a#1', hash: 'h1', vector: [0, 0.6, 0.8] },
    { id: 'a#2', hash: 'h2', vector: [0, 1, 0] },
  ];
  const packed = packVectors(items, 3);
  const table = VectorTable.from(packed.header, packed.data);

  it('answers the similarity of a query to each item', () => {
    expect(table.size).toBe(3);
    expect(table.similarity([1, 0, 0], 'a#0')).toBeCloseTo(1);
    expect(table.similarity([0, 1, 0], 'a#1')).toBeCloseTo(0.6);
    expect(table.similarity([1, 0, 0], 'missing')).toBeNull();
    expect([...table.byHash().keys()]).toEqual(['h0', 'h1', 'h2']);
  });

  it('finds the nearest items exactly, best first, as many as asked', () => {
    expect(table.nearest([0, 0.8, 0.6], 2).map((n) => n.id)).toEqual(['a#1', 'a#2']);
    expect(table.nearest([0, 0, 1], 5).map((n) => n.id)).toEqual(['a#1', 'a#0', 'a#2']);
    expect(table.nearest([1, 0, 0], 0)).toEqual([]);
  });

  it('agrees with scoring every row and sorting, on many random vectors', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `p${i}`, hash: `h${i}`, vector: Array.from({ length: 8 }, random) }));
    const big = packVectors(many, 8);
    const t = VectorTable.from(big.header, big.data);
    const query = Array.from({ length: 8 }, random);
    const sorted = many.map((m) => ({ id: m.id, score: t.similarity(query, m.id) ?? 0 })).sort((a, b) => b.score - a.score);
    expect(t.nearest(query, 10).map((n) => n.id)).toEqual(sorted.slice(0, 10).map((s) => s.id));
  });

  it('refuses vectors that do not match their ids, and a vector of the wrong size', () => {
    expect(() => VectorTable.from({ ...packed.header, ids: ['a#0'], hashes: ['h0'] }, packed.data)).toThrow(/do not match/);
    expect(() => packVectors([{ id: 'x', hash: 'h', vector: [1, 2] }], 3)).toThrow(/2 dimensions/);
  });
});
