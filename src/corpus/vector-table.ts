// A table of L2-normalised vectors (cosine = dot product) with a nearest-neighbour search —
// exact, or through inverted lists past 20k rows (vector-lists.ts): the passage vectors and
// the answer units' sentence vectors of an index. Stored as a small JSON header (ids, the
// hash of each embedded text, dimensions) beside one flat float32 block, so it scales past
// what a JSON array of numbers can hold (vectra's JSON save fails near 100k items).
// Runtime-neutral: the storage itself is an adapter's job.
import { z } from 'zod';
import { dotAt, probedRows, trainLists, type Lists } from './vector-lists';

export const VectorHeaderSchema = z.object({
  format: z.literal(1),
  dimensions: z.number().int().positive(),
  ids: z.array(z.string()),
  /** sha256 of the text embedded, to reuse a vector when the text is unchanged */
  hashes: z.array(z.string()),
  /** a large table's inverted lists (vector-lists.ts): the centroids one after another, and each row's list */
  lists: z.object({ centroids: z.array(z.number()), of: z.array(z.number().int().nonnegative()) }).optional(),
});
export type VectorHeader = z.infer<typeof VectorHeaderSchema>;

export interface VectorItem {
  id: string;
  hash: string;
  vector: ArrayLike<number>;
}

export interface Nearest {
  id: string;
  score: number;
}

export class VectorTableError extends Error {}

/** The header and the flat float32 block of a table's items, in their order; `searched: true` gives a large table its inverted lists. */
export function packVectors(items: VectorItem[], dimensions: number, options: { searched?: boolean } = {}): { header: VectorHeader; data: Float32Array } {
  const data = new Float32Array(items.length * dimensions);
  items.forEach((item, i) => {
    if (item.vector.length !== dimensions) throw new VectorTableError(`The vector of ${item.id} has ${item.vector.length} dimensions, not ${dimensions}.`);
    data.set(Array.from(item.vector), i * dimensions);
  });
  const header: VectorHeader = { format: 1, dimensions, ids: items.map((i) => i.id), hashes: items.map((i) => i.hash) };
  const lists = options.searched ? trainLists(data, items.length, dimensions) : null;
  if (lists) header.lists = { centroids: Array.from(lists.centroids), of: Array.from(lists.of) };
  return { header, data };
}

export class VectorTable {
  private readonly rows = new Map<string, number>();
  /** each list's rows, when the table has lists */
  private readonly members: number[][] = [];

  private constructor(
    readonly dimensions: number,
    private readonly ids: string[],
    private readonly hashes: string[],
    private readonly data: Float32Array,
    private readonly lists: Lists | null,
  ) {
    ids.forEach((id, i) => this.rows.set(id, i));
    if (lists) {
      for (let c = 0; c < lists.centroids.length / dimensions; c++) this.members.push([]);
      lists.of.forEach((c, row) => this.members[c]?.push(row));
    }
  }

  static from(header: VectorHeader, data: Float32Array): VectorTable {
    if (data.length !== header.ids.length * header.dimensions || header.hashes.length !== header.ids.length) {
      throw new VectorTableError(`The vectors do not match their ids (${data.length} values for ${header.ids.length} × ${header.dimensions}).`);
    }
    const lists = header.lists;
    if (lists && (lists.of.length !== header.ids.length || lists.centroids.length % header.dimensions !== 0 || lists.of.some((c) => c >= lists.centroids.length / header.dimensions))) {
      throw new VectorTableError(`The lists do not match the vectors (${lists.of.length} rows listed for ${header.ids.length}).`);
    }
    return new VectorTable(header.dimensions, header.ids, header.hashes, data, lists ? { centroids: Float32Array.from(lists.centroids), of: Int32Array.from(lists.of) } : null);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The dot product of a query (of the table's dimensions) with a row. */
  private dot(q: ArrayLike<number>, row: number): number {
    return dotAt(q, 0, this.data, row * this.dimensions, this.dimensions);
  }

  /** Cosine similarity of a normalised query vector to an item, or null when the item has none. */
  similarity(query: ArrayLike<number>, id: string): number | null {
    const row = this.rows.get(id);
    return row === undefined || query.length !== this.dimensions ? null : this.dot(query, row);
  }

  /** The items closest to a query vector, best first: every row is scored (exact search), or, in a table with lists, the rows of the lists nearest the query. */
  nearest(query: ArrayLike<number>, limit: number): Nearest[] {
    if (this.lists && query.length === this.dimensions) return this.best(query, probedRows(query, this.lists, this.members, this.dimensions), limit);
    return this.best(query, this.ids.keys(), limit);
  }

  /** The closest of some items (ids the table does not hold are passed over), best first. */
  nearestAmong(query: ArrayLike<number>, ids: string[], limit: number): Nearest[] {
    return this.best(query, ids.flatMap((id) => this.rows.get(id) ?? []), limit);
  }

  private best(query: ArrayLike<number>, rows: Iterable<number>, limit: number): Nearest[] {
    if (limit <= 0 || query.length !== this.dimensions) return [];
    // the best `limit` rows so far, kept sorted best first; a row enters only when it beats the last
    const best: { row: number; score: number }[] = [];
    for (const row of rows) {
      const score = this.dot(query, row);
      if (best.length === limit && score <= best[best.length - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { row, score });
      if (best.length > limit) best.pop();
    }
    return best.map((b) => ({ id: this.ids[b.row] ?? '', score: b.score }));
  }

  /** Every stored vector by the hash of its text, for reuse in the next build. */
  byHash(): Map<string, Float32Array> {
    const out = new Map<string, Float32Array>();
    this.hashes.forEach((h, i) => out.set(h, this.data.slice(i * this.dimensions, (i + 1) * this.dimensions)));
    return out;
  }
}
