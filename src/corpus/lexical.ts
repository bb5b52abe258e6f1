// Lexical search (BM25, MiniSearch) over pre-tokenised fields: jieba words, CJK bigrams,
// whole figures and the section path. Tokens are joined by spaces at build time, so the
// index itself needs no segmenter and loads anywhere (Node or the Worker).
import MiniSearch, { type AsPlainObject } from 'minisearch';
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

/**
 * A query term found in more passages than this is left out of the search, unless the question
 * has nothing rarer: BM25 gives it little weight, but scoring its postings is most of a search's
 * work in a large corpus (at 100k passages, 本府 or a common bigram is in tens of thousands).
 * No term of the bundled reports comes near it, so their searches are exact.
 */
export const MOST_POSTINGS = 2000;
/** …and the rarest this many terms are always kept. */
const KEPT_TERMS = 3;

/** The index's common terms: those in more than MOST_POSTINGS passages, with the number they are in. */
function commonTerms(js: AsPlainObject): Map<string, number> {
  const common = new Map<string, number>();
  for (const [term, fields] of js.index) {
    const postings = Object.values(fields);
    if (postings.reduce((n, docs) => n + Object.keys(docs).length, 0) <= MOST_POSTINGS) continue;
    const docs = new Set(postings.flatMap((p) => Object.keys(p)));
    if (docs.size > MOST_POSTINGS) common.set(term, docs.size);
  }
  return common;
}

export class LexicalIndex {
  private constructor(
    private readonly ms: MiniSearch<LexicalFields>,
    private readonly common: Map<string, number>,
  ) {}

  static fromJSON(json: string): LexicalIndex {
    const js = JSON.parse(json) as AsPlainObject;
    return new LexicalIndex(MiniSearch.loadJS<LexicalFields>(js, OPTIONS), commonTerms(js));
  }

  search(tokens: Tokens, limit: number): Hit[] {
    const all = [...tokens.words, ...tokens.bigrams.map((b) => BIGRAM_MARK + b), ...tokens.figures];
    const rare = all.filter((t) => !this.common.has(t));
    const terms = rare.length > 0 ? rare : [...all].sort((a, b) => (this.common.get(a) ?? 0) - (this.common.get(b) ?? 0)).slice(0, KEPT_TERMS);
    if (terms.length === 0) return [];
    return this.ms
      .search(terms.join(' '), { boost: FIELD_BOOST, combineWith: 'OR', prefix: false, fuzzy: false })
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }
}
