// Hybrid passage search: BM25 over words, bigrams and figures, and dense vectors, fused by
// reciprocal rank. Runtime-neutral: the dense side and the word cutter are passed in.
// The question's vector is computed once and handed back, so that the answer stage can use
// it too (its similarity to each candidate sentence).
import type { Passage } from '../corpus/passage';
import type { DocumentRecord } from '../corpus/documents';
import type { Hit, LexicalIndex } from '../corpus/lexical';
import type { VectorTable } from '../corpus/vector-table';
import { inScript, type Script } from '../text/script';
import { tokenize, type WordCutter } from '../text/segment';
import { fuse } from './fuse';
import { prepareQuestion } from './question';

/** The dense side of the index: absent without a model (or with EMBEDDINGS=off). */
export interface DenseIndex {
  /** the vectors of questions already in the index's script (bge's query instruction in front), in one batch */
  embedQueries(texts: string[]): Promise<number[][]>;
  /** the passages nearest a question vector, best first */
  passages(vector: number[], limit: number): Promise<Hit[]>;
  /** one vector per answer unit (sentence or table row) */
  sentences: VectorTable | null;
}

/** Which retrievers run: both (the default), or one alone for the ablation. */
export const RETRIEVAL_MODES = ['hybrid', 'lexical', 'dense'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];

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
/**
 * How many passages nearest in meaning the dense side returns beside the fused list: the
 * answer stage seeks the sentences nearest the question among theirs, so that the sentence
 * vectors are never all scanned (at 100k passages they are ≈ 220k, 450 MB to read per question).
 */
export const DENSE_SHORTLIST = 200;
export const WEIGHTS = { lexical: 1, dense: 0.5 };

export interface SearchCorpus {
  passages: Passage[];
  documents: DocumentRecord[];
  lexical: LexicalIndex;
  cutter: WordCutter;
  script: Script;
  dense: DenseIndex | null;
  mode?: RetrievalMode;
}

export class PassageSearch {
  readonly byId: Map<string, Passage>;
  readonly documents: Map<string, DocumentRecord>;

  constructor(private readonly corpus: SearchCorpus) {
    this.byId = new Map(corpus.passages.map((p) => [p.id, p]));
    this.documents = new Map(corpus.documents.map((d) => [d.docId, d]));
  }

  get mode(): RetrievalMode {
    return this.corpus.dense ? (this.corpus.mode ?? 'hybrid') : 'lexical';
  }

  get hasDense(): boolean {
    return this.mode !== 'lexical';
  }

  /** The sentence vectors, when dense search is on. */
  get sentenceVectors(): VectorTable | null {
    return this.hasDense ? (this.corpus.dense?.sentences ?? null) : null;
  }

  /** The vector of a normalised question text, or null when dense search is off. */
  async queryVector(text: string): Promise<number[] | null> {
    return (await this.queryVectors([text]))[0] ?? null;
  }

  /** The vectors of normalised question texts, in one batch (one pass of the model), or nulls when dense search is off. */
  async queryVectors(texts: string[]): Promise<(number[] | null)[]> {
    const { dense, script } = this.corpus;
    if (!dense || !this.hasDense || texts.length === 0) return texts.map(() => null);
    const vectors = await dense.embedQueries(texts.map((t) => inScript(t, script)));
    return texts.map((_, i) => vectors[i] ?? null);
  }

  /** The lexical hits for a normalised question text: they need no vector, so they may be looked up while the question is embedded. */
  lexicalHits(text: string): Hit[] {
    const { lexical, cutter, script } = this.corpus;
    return this.mode === 'dense' ? [] : lexical.search(tokenize(text, cutter, script), CANDIDATES);
  }

  /** Fused hits for a normalised question text (see prepareQuestion) and its vector (and its lexical hits, when already looked up); `dense` is the dense shortlist. */
  async hits(text: string, vector: number[] | null, lexicalHits = this.lexicalHits(text)): Promise<{ fused: Hit[]; lexical: Hit[]; dense: Hit[] }> {
    const { dense } = this.corpus;
    const denseHits = dense && vector ? await dense.passages(vector, Math.max(CANDIDATES, DENSE_SHORTLIST)) : [];
    const fused = fuse([
      { hits: lexicalHits, weight: WEIGHTS.lexical },
      { hits: denseHits.slice(0, CANDIDATES), weight: WEIGHTS.dense },
    ]);
    return { fused, lexical: lexicalHits, dense: denseHits };
  }

  async search(question: string, k: number): Promise<SearchResult[]> {
    const text = prepareQuestion(question).text;
    const { fused } = await this.hits(text, await this.queryVector(text));
    return fused.slice(0, k).flatMap((h) => {
      const p = this.byId.get(h.id);
      if (!p) return [];
      const title = this.documents.get(p.docId)?.title ?? p.docId;
      return [{ id: p.id, docId: p.docId, title, section: p.section, lineStart: p.lineStart, lineEnd: p.lineEnd, text: p.text, score: Number(h.score.toFixed(6)) }];
    });
  }
}
