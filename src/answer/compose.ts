// The answer's text and citations, from the chosen quotes. The answer quotes the report:
// each part is the printed text (spaces the PDF put inside numbers removed, figures in
// half-width form) followed by its citation number; the citation carries the exact quote.
// Runtime-neutral.
import type { Scored } from '../retrieve/rerank';
import type { DocumentRecord } from '../store/documents';
import { compactSpaces } from '../text/normalize';
import type { Span } from '../text/sentences';
import { locateQuote, toQuote, type Citation } from './citations';

export interface AnswerPart {
  scored: Scored;
  /** offsets in the passage text */
  span: Span;
  /** shown before the quote when several reports or years are listed */
  label?: string;
}

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
}

/** The quote as shown in the answer: the PDF's stray spaces removed, figures half-width. */
export function readable(quote: string): string {
  return compactSpaces(quote).replace(/[０-９％．]/g, (ch) => ch.normalize('NFKC'));
}

function budgetQuote(doc: DocumentRecord, s: Scored): { quote: string; lineStart: number; lineEnd: number; shown: string } | null {
  const row = s.candidate.row;
  if (!row) return null;
  const lines = doc.lines.slice(row.labelLine - 1, row.amountLine).map((l) => l.trim()).filter(Boolean);
  const labels = row.path.map((p) => p.replace(/\s+/g, ' ')).join(' > ');
  return {
    quote: lines.join(' '),
    lineStart: row.labelLine,
    lineEnd: row.amountLine,
    shown: `${s.candidate.passage.section.split(' > ')[0] ?? ''}：${labels} ${row.amount}（單位：${row.unit}）`,
  };
}

/** A citation for one part, or null when its quote cannot be found verbatim. */
export function citePart(part: AnswerPart, n: number): { citation: Citation; shown: string } | null {
  const c = part.scored.candidate;
  const section = c.passage.section;
  const budget = budgetQuote(c.doc, part.scored);
  if (budget) {
    const located = locateQuote(c.doc, budget.quote, budget.lineStart);
    if (!located) return null;
    return {
      citation: { n, docId: c.doc.docId, title: c.doc.title, section, ...located, quote: budget.quote },
      shown: budget.shown,
    };
  }
  const quote = toQuote(c.passage.text.slice(part.span.start, part.span.end));
  const located = locateQuote(c.doc, quote, c.passage.lineStart);
  if (!located) return null;
  return { citation: { n, docId: c.doc.docId, title: c.doc.title, section, ...located, quote }, shown: readable(quote) };
}

export function compose(parts: AnswerPart[], lead = ''): ComposedAnswer {
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const part of parts) {
    const cited = citePart(part, citations.length + 1);
    if (!cited) continue;
    citations.push(cited.citation);
    lines.push(`${part.label ? `${part.label}：` : ''}${cited.shown}[${cited.citation.n}]`);
  }
  const body = lines.join('\n');
  return { answer: lead ? `${lead}\n${body}` : body, citations };
}
