// Hybrid passage search: BM25 over words, bigrams and figures, and dense vectors, fused by
// reciprocal rank. Runtime-neutral: the dense side and the word cutter are passed in.
import type { Passage } from '../ingest/passages';
import type { DocumentRecord } from '../store/documents';
import type { Hit, LexicalIndex } from '../store/lexical';
import { inScript, type Script } from '../text/script';
import { tokenize, type WordCutter } from '../text/segment';
import { fuse } from './fuse';
import { prepareQuestion } from './question';

/** Dense retrieval for a question already in the index's script; absent without a model. */
export type DenseSearch = (text: string, limit: number) => Promise<Hit[]>;

export interface SearchResult {
  id: string;
  docId: string;
  title: string;
  section: string;
  lineStart: number;
  lineEnd: number;
  text: string;
  score: number;
}

/** How many candidates each retriever hands to the fusion. */
export const CANDIDATES = 40;
export const WEIGHTS = { lexical: 1, dense: 0.5 };

export interface SearchCorpus {
  passages: Passage[];
  documents: DocumentRecord[];
  lexical: LexicalIndex;
  cutter: WordCutter;
  script: Script;
  dense: DenseSearch | null;
}

export class PassageSearch {
  readonly byId: Map<string, Passage>;
  readonly documents: Map<string, DocumentRecord>;

  constructor(private readonly corpus: SearchCorpus) {
    this.byId = new Map(corpus.passages.map((p) => [p.id, p]));
    this.documents = new Map(corpus.documents.map((d) => [d.docId, d]));
  }

  get hasDense(): boolean {
    return this.corpus.dense !== null;
  }

  /** Fused hits for a normalised question text (see prepareQuestion). */
  async hits(text: string, limit = CANDIDATES): Promise<{ fused: Hit[]; lexical: Hit[]; dense: Hit[] }> {
    const { lexical, cutter, script, dense } = this.corpus;
    const lexicalHits = lexical.search(tokenize(text, cutter, script), limit);
    const denseHits = dense ? await dense(inScript(text, script), limit) : [];
    const fused = fuse([
      { hits: lexicalHits, weight: WEIGHTS.lexical },
      { hits: denseHits, weight: WEIGHTS.dense },
    ]);
    return { fused, lexical: lexicalHits, dense: denseHits };
  }

  async search(question: string, k: number): Promise<SearchResult[]> {
    const { fused } = await this.hits(prepareQuestion(question).text);
    return fused.slice(0, k).flatMap((h) => {
      const p = this.byId.get(h.id);
      if (!p) return [];
      const title = this.documents.get(p.docId)?.title ?? p.docId;
      return [{ id: p.id, docId: p.docId, title, section: p.section, lineStart: p.lineStart, lineEnd: p.lineEnd, text: p.text, score: Number(h.score.toFixed(6)) }];
    });
  }
}
