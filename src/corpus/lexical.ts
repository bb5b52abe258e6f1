// Lexical search (BM25, MiniSearch) over pre-tokenised fields: jieba words, CJK bigrams,
// whole figures and the section path. Tokens are joined by spaces at build time, so the
// index itself needs no segmenter and loads anywhere (Node or the Worker).
import MiniSearch from 'minisearch';
import type { Tokens } from '../text/segment';
import { BIGRAM_MARK, type LexicalFields } from './fields';

const FIELDS = ['words', 'bigrams', 'figures', 'section'] as const;

/** Field weights; bigrams are many and weak, whole words and figures stronger. */
export const FIELD_BOOST: Record<(typeof FIELDS)[number], number> = { words: 2, bigrams: 1, figures: 3, section: 1.5 };

const OPTIONS = {
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string): string[] => text.split(' ').filter(Boolean),
  processTerm: (term: string): string => term,
};

export interface Hit {
  id: string;
  score: number;
}

export function buildLexicalIndex(docs: LexicalFields[]): string {
  const ms = new MiniSearch<LexicalFields>(OPTIONS);
  ms.addAll(docs);
  return JSON.stringify(ms);
}

export class LexicalIndex {
  private constructor(private readonly ms: MiniSearch<LexicalFields>) {}

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalFields>(json, OPTIONS));
  }

  search(tokens: Tokens, limit: number): Hit[] {
    const terms = [...tokens.words, ...tokens.bigrams.map((b) => BIGRAM_MARK + b), ...tokens.figures];
    if (terms.length === 0) return [];
    return this.ms
      .search(terms.join(' '), { boost: FIELD_BOOST, combineWith: 'OR', prefix: false, fuzzy: false })
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }
}
