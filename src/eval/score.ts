// Scoring as ../shared/DESIGN.md says: an answer passes when found is true and every must
// figure (whitespace removed, NFKC) is in the answer text and in the quote of a citation
// whose docId is in docs; a "none" question passes when found is false. Quotes must be exact
// and inside their cited lines.
import type { Citation } from '../answer/citations';
import { holdsFigure } from './figures';
import type { EvalItem } from './items';

export interface AnswerBody {
  answer: string;
  found: boolean;
  citations: Citation[];
}

export interface QuoteCheck {
  /** the quote is the document's text, apart from whitespace */
  exact: boolean;
  /** …and it lies within the lines it cites */
  inLines: boolean;
}

export function passes(item: EvalItem, body: AnswerBody): boolean {
  if (item.type === 'none') return !body.found;
  if (!body.found) return false;
  return item.must.every(
    (m) => holdsFigure(body.answer, m) && body.citations.some((c) => item.docs.includes(c.docId) && holdsFigure(c.quote, m)),
  );
}

/** Character for character, whitespace aside (no other normalisation). */
const bare = (text: string): string => text.replace(/\s+/g, '');

export function checkQuote(citation: Citation, lines: string[] | undefined): QuoteCheck {
  if (!lines) return { exact: false, inLines: false };
  const quote = bare(citation.quote);
  const exact = quote.length > 0 && bare(lines.join('\n')).includes(quote);
  const inLines = exact && bare(lines.slice(citation.lineStart - 1, citation.lineEnd).join('\n')).includes(quote);
  return { exact, inLines };
}
