// Node-only: the passage vectors in a vectra LocalIndex (index/vectors/index.json).
// vectra is used for vectors only; lexical search has its own index (lexical.ts).
// the module itself: vectra's index pulls in its web, OpenAI and tokenizer helpers (~100 MB)
import { LocalIndex } from 'vectra/lib/LocalIndex';
import type { Hit } from '../../corpus/lexical';

export interface VectorItem {
  id: string;
  vector: number[];
  /** sha256 of the text that was embedded, to reuse vectors of unchanged passages */
  textHash: string;
}

export async function writeVectors(folder: string, items: VectorItem[]): Promise<void> {
  const index = new LocalIndex(folder);
  await index.createIndex({ version: 1, deleteIfExists: true });
  await index.beginUpdate();
  for (const item of items) {
    await index.insertItem({ id: item.id, vector: item.vector, metadata: { textHash: item.textHash } });
  }
  await index.endUpdate();
}

export async function readVectors(folder: string): Promise<VectorItem[]> {
  const index = new LocalIndex(folder);
  if (!(await index.isIndexCreated())) return [];
  const items = await index.listItems();
  return items.map((i) => ({ id: i.id, vector: i.vector, textHash: String(i.metadata['textHash'] ?? '') }));
}

export class VectorStore {
  private constructor(private readonly index: LocalIndex) {}

  static async open(folder: string): Promise<VectorStore | null> {
    const index = new LocalIndex(folder);
    if (!(await index.isIndexCreated())) return null;
    const store = new VectorStore(index);
    await index.getIndexStats(); // loads the vectors now, not on the first question
    return store;
  }

  async search(vector: number[], limit: number): Promise<Hit[]> {
    const results = await this.index.queryItems(vector, '', limit);
    return results.map((r) => ({ id: r.item.id, score: r.score }));
  }
}
