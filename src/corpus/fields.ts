// What each index sees of a passage: its text with the end of its section path in front,
// so that a heading's words ("經濟發展局") count for the body under it. The passage text in
// passages.jsonl stays exactly as printed; these fields are for retrieval only.
import type { Passage } from './passage';
import { compactSpaces } from '../text/normalize';
import { inScript, type Script } from '../text/script';
import { bigramsOf, tokenize, wordsOf, type WordCutter } from '../text/segment';
import { norm } from '../text/normalize';

export const SECTION_LEVELS_INDEXED = 2;

export function sectionTail(section: string): string {
  return section.split(' > ').slice(-SECTION_LEVELS_INDEXED).join('，');
}

/** Text given to the embedding model. */
export function embeddingText(p: Passage, script: Script): string {
  return inScript(compactSpaces(`${sectionTail(p.section)}：${p.text.replace(/\n/g, '')}`), script);
}

/** Prefix that keeps the bigram tokens apart from whole words in the lexical index. */
export const BIGRAM_MARK = '~';

export interface LexicalFields {
  id: string;
  words: string;
  bigrams: string;
  figures: string;
  section: string;
}

export function lexicalFields(p: Passage, cutter: WordCutter, script: Script): LexicalFields {
  const t = tokenize(p.text, cutter, script);
  const tail = sectionTail(p.section);
  return {
    id: p.id,
    words: t.words.join(' '),
    bigrams: t.bigrams.map((b) => BIGRAM_MARK + b).join(' '),
    figures: t.figures.join(' '),
    section: [...wordsOf(tail, cutter, script), ...bigramsOf(inScript(norm(tail), script)).map((b) => BIGRAM_MARK + b)].join(' '),
  };
}
