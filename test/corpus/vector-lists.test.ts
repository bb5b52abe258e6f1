import { describe, expect, it } from 'vitest';
import { probedRows, trainLists, VECTOR_LISTS } from '../../src/corpus/vector-lists';
import { packVectors, VectorTable } from '../../src/corpus/vector-table';

/** Rows around `clusters` random centres (L2-normalised), as a large corpus's passages cluster by topic. */
function clustered(clusters: number, perCluster: number, dimensions: number, seed = 11): number[][] {
  const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  const unit = (v: number[]): number[] => {
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  };
  const centres = Array.from({ length: clusters }, () => unit(Array.from({ length: dimensions }, random)));
  return centres.flatMap((c) => Array.from({ length: perCluster }, () => unit(c.map((x) => x + 0.35 * random()))));
}

const SMALL = { ...VECTOR_LISTS, from: 1000, rowsPerList: 100, probe: 4, trainingRows: 2000, iterations: 6 };

describe('inverted lists of a large vector table', () => {
  const rows = clustered(30, 100, 16);
  const data = Float32Array.from(rows.flat());

  it('are made only past the size where an exact scan gets slow', () => {
    expect(trainLists(data, rows.length, 16, { ...SMALL, from: rows.length + 1 })).toBeNull();
    const lists = trainLists(data, rows.length, 16, SMALL);
    expect(lists?.centroids.length).toBe(30 * 16);
    expect(lists?.of.length).toBe(rows.length);
    // deterministic: the same rows give the same lists
    expect(trainLists(data, rows.length, 16, SMALL)?.of).toEqual(lists?.of);
  });

  it('find nearly all of the exact nearest rows while scoring a fraction of them', () => {
    const lists = trainLists(data, rows.length, 16, SMALL)!;
    const members: number[][] = Array.from({ length: lists.centroids.length / 16 }, () => []);
    lists.of.forEach((c, row) => members[c]!.push(row));
    const items = rows.map((vector, i) => ({ id: `p${i}`, hash: `h${i}`, vector }));
    const exact = VectorTable.from(packVectors(items, 16).header, data);
    let found = 0;
    let scored = 0;
    const queries = rows.filter((_, i) => i % 97 === 0);
    for (const q of queries) {
      const probed = new Set(probedRows(q, lists, members, 16, SMALL.probe));
      scored += probed.size;
      const top = exact.nearest(q, 20);
      found += top.filter((n) => probed.has(Number(n.id.slice(1)))).length;
    }
    expect(found / (queries.length * 20)).toBeGreaterThanOrEqual(0.9);
    expect(scored / queries.length).toBeLessThan(rows.length / 3);
  });

  it('are stored in the header and used by the table’s search; a table too small for lists is searched exactly', () => {
    const items = rows.map((vector, i) => ({ id: `p${i}`, hash: `h${i}`, vector }));
    const small = packVectors(items, 16, { searched: true });
    expect(small.header.lists).toBeUndefined();
    const lists = trainLists(data, rows.length, 16, SMALL)!;
    const header = { ...small.header, lists: { centroids: Array.from(lists.centroids), of: Array.from(lists.of) } };
    const listed = VectorTable.from(header, data);
    const exact = VectorTable.from(small.header, data);
    const q = rows[5]!;
    expect(listed.nearest(q, 1)[0]?.id).toBe(exact.nearest(q, 1)[0]?.id);
    expect(() => VectorTable.from({ ...header, lists: { ...header.lists, of: header.lists.of.slice(1) } }, data)).toThrow(/lists do not match/);
  });
});
