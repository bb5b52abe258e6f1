// index/sentences.json: one embedding per answer unit (sentence or table row), so that the
// answer stage can weigh how close a candidate is in meaning to the question. The vectors
// are L2-normalised (cosine = dot product) and stored as one base64 block of float32s.
// Runtime-neutral (atob/btoa, no Buffer): the Worker reads the same file.
import { z } from 'zod';

export const SentenceVectorFileSchema = z.object({
  format: z.literal(1),
  dimensions: z.number().int().positive(),
  ids: z.array(z.string()),
  /** sha256 of the text embedded, to reuse a vector when the unit is unchanged */
  hashes: z.array(z.string()),
  vectors: z.string(),
});
export type SentenceVectorFile = z.infer<typeof SentenceVectorFileSchema>;

export interface SentenceVectorItem {
  id: string;
  hash: string;
  vector: ArrayLike<number>;
}

function toBase64(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

export function encodeSentenceVectors(items: SentenceVectorItem[], dimensions: number): SentenceVectorFile {
  const all = new Float32Array(items.length * dimensions);
  items.forEach((item, i) => {
    if (item.vector.length !== dimensions) throw new Error(`The vector of ${item.id} has ${item.vector.length} dimensions, not ${dimensions}.`);
    all.set(Array.from(item.vector), i * dimensions);
  });
  return { format: 1, dimensions, ids: items.map((i) => i.id), hashes: items.map((i) => i.hash), vectors: toBase64(new Uint8Array(all.buffer)) };
}

export class SentenceVectors {
  private readonly rows = new Map<string, number>();

  private constructor(
    readonly dimensions: number,
    private readonly ids: string[],
    private readonly hashes: string[],
    private readonly data: Float32Array,
  ) {
    ids.forEach((id, i) => this.rows.set(id, i));
  }

  static fromFile(file: SentenceVectorFile): SentenceVectors {
    const bytes = fromBase64(file.vectors);
    const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (data.length !== file.ids.length * file.dimensions || file.hashes.length !== file.ids.length) {
      throw new Error(`The sentence vectors do not match their ids (${data.length} values for ${file.ids.length} × ${file.dimensions}).`);
    }
    return new SentenceVectors(file.dimensions, file.ids, file.hashes, data);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Cosine similarity of a normalised query vector to a unit, or null when the unit has none. */
  similarity(query: ArrayLike<number>, id: string): number | null {
    const row = this.rows.get(id);
    if (row === undefined) return null;
    let dot = 0;
    const base = row * this.dimensions;
    for (let k = 0; k < this.dimensions; k++) dot += (query[k] ?? 0) * (this.data[base + k] ?? 0);
    return dot;
  }

  /** The units closest to a query vector, best first. */
  nearest(query: ArrayLike<number>, limit: number): { id: string; score: number }[] {
    return this.ids
      .map((id) => ({ id, score: this.similarity(query, id) ?? -1 }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  /** Every stored vector by the hash of its text, for reuse in the next build. */
  byHash(): Map<string, Float32Array> {
    const out = new Map<string, Float32Array>();
    this.hashes.forEach((h, i) => out.set(h, this.data.slice(i * this.dimensions, (i + 1) * this.dimensions)));
    return out;
  }
}
