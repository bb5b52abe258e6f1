// The answer's text and citations, from the decision. The answer quotes the report: each
// part is the printed text (spaces the PDF put inside numbers removed, figures in half-width
// form) followed by its citation number; the citation carries the exact quote. A quote
// without a year of its own says which report period it comes from. Runtime-neutral.
import type { Query } from '../retrieve/understand';
import type { DocumentRecord } from '../corpus/documents';
import { compactSpaces } from '../text/normalize';
import type { Span } from '../text/sentences';
import { findYears } from '../text/years';
import { locateQuote, toQuote, type Citation } from './citations';
import { quotesOf, type Decision } from './decide';
import { seriesOf, type QuotedFigure, type Series } from './series';
import { quoteSpan, type Quoted } from './spans';
import { isFigureAsk } from '../retrieve/asks';

export interface AnswerPart {
  quoted: Quoted;
  /** offsets in the passage text */
  span: Span;
  /** shown before the quote when several parts, reports or years are listed */
  label?: string;
}

export interface ComposedAnswer {
  answer: string;
  citations: Citation[];
  /** one measure over several periods, when the answer quotes one */
  series: Series | null;
}

/** The quote as shown in the answer: the PDF's stray spaces removed, figures half-width. */
export function readable(quote: string): string {
  return compactSpaces(quote).replace(/[０-９％．]/g, (ch) => ch.normalize('NFKC'));
}

function budgetQuote(doc: DocumentRecord, q: Quoted): { quote: string; lineStart: number; lineEnd: number; shown: string } | null {
  const row = q.candidate.row;
  if (!row) return null;
  const lines = doc.lines.slice(row.labelLine - 1, row.amountLine).map((l) => l.trim()).filter(Boolean);
  const labels = row.path.map((p) => p.replace(/\s+/g, ' ')).join(' > ');
  return {
    quote: lines.join(' '),
    lineStart: row.labelLine,
    lineEnd: row.amountLine,
    shown: `${q.candidate.passage.section.split(' > ')[0] ?? ''}：${labels} ${row.amount}（單位：${row.unit}）`,
  };
}

/** A citation for one part, or null when its quote cannot be found verbatim. */
export function citePart(part: AnswerPart, n: number): { citation: Citation; shown: string } | null {
  const c = part.quoted.candidate;
  const section = c.passage.section;
  const budget = budgetQuote(c.doc, part.quoted);
  if (budget) {
    const located = locateQuote(c.doc, budget.quote, budget.lineStart);
    if (!located) return null;
    return { citation: { n, docId: c.doc.docId, title: c.doc.title, section, ...located, quote: budget.quote }, shown: budget.shown };
  }
  const quote = toQuote(c.passage.text.slice(part.span.start, part.span.end));
  const located = locateQuote(c.doc, quote, c.passage.lineStart);
  if (!located) return null;
  // a quote that names no year of its own: say whose period it is (「本期共計發放190,840份」)
  const shown = readable(quote);
  const dated = findYears(shown.normalize('NFKC')).length > 0 || part.label !== undefined;
  return { citation: { n, docId: c.doc.docId, title: c.doc.title, section, ...located, quote }, shown: dated ? shown : `（${c.doc.period.label}）${shown}` };
}

export function compose(parts: AnswerPart[], lead = ''): ComposedAnswer {
  const citations: Citation[] = [];
  const lines: string[] = [];
  const figures: QuotedFigure[] = [];
  let single = true;
  for (const part of parts) {
    const cited = citePart(part, citations.length + 1);
    if (!cited) continue;
    citations.push(cited.citation);
    lines.push(`${part.label ? `${part.label}：` : ''}${cited.shown}[${cited.citation.n}]`);
    // a point per quote that states exactly one figure for one labelled period or part
    const [pick, ...more] = part.quoted.picks;
    if (pick && more.length === 0 && part.label) figures.push({ label: part.label, period: part.quoted.candidate.doc.period.label, figure: pick.figure, n: cited.citation.n });
    else single = false;
  }
  const body = lines.join('\n');
  return { answer: lead ? `${lead}\n${body}` : body, citations, series: single ? seriesOf(figures) : null };
}

/** The piece of a sentence to quote for a query: the whole sentence for who / where / which, else from its subject to its figures. */
export function spanFor(quoted: Quoted, q: Query): Span {
  const c = quoted.candidate;
  const whole = q.asks.length === 0 || q.asks.some((a) => !isFigureAsk(a)) || c.kind === 'budget';
  return whole ? { start: c.start, end: c.end } : quoteSpan(quoted, q);
}

/** The figures of two quoted parts, and their difference, as arithmetic on what is quoted. */
function differenceLine(decision: Decision): string | null {
  const [a, b] = decision.parts.map((p) => p.best?.picks[0]?.figure);
  if (!a || !b || a.value === null || b.value === null || a.unit !== b.unit || a.kind !== b.kind) return null;
  const diff = Math.round((a.value - b.value) * 100) / 100;
  const unit = a.kind === 'percent' ? '個百分點' : a.unit;
  return `（依上列報告數字計算：${a.text} − ${b.text} = ${diff.toLocaleString('en-US')}${unit}）`;
}

/** A quote's label: the parts it answers, after the report's period when several reports answer. */
function labelOf(parts: string[], period: string | undefined): string | undefined {
  const named = parts.join('、');
  if (period && named) return `${period} ${named}`;
  return period ?? (named || undefined);
}

/**
 * The answer for a decision: one quote per answered part (a sentence that answers several
 * parts is quoted once, with all its figures), the reports' periods as labels when several
 * reports answer, and a line for each part the reports do not hold.
 */
export function composeDecision(decision: Decision): ComposedAnswer {
  const labelled = decision.parts.length > 1;
  const parts: AnswerPart[] = [];
  const merged = new Map<string, { part: AnswerPart; queries: Query[]; labels: string[]; period: string | undefined }>();
  const missing: string[] = [];
  for (const p of decision.parts) {
    const quotes = quotesOf(p);
    if (quotes.length === 0) {
      missing.push(`${p.part.label}：報告中沒有這項資料。`);
      continue;
    }
    for (const s of quotes) {
      // the report's period when several reports answer this part
      const period = quotes.length > 1 ? s.candidate.doc.period.label : undefined;
      const same = merged.get(s.candidate.id);
      if (same) {
        // one sentence answering two parts: quoted once, from the first figure to the last
        same.part.quoted = { candidate: s.candidate, picks: [...same.part.quoted.picks, ...s.picks] };
        if (labelled) same.labels.push(p.part.label);
        same.period ??= period;
        same.queries.push(p.part);
        // a who / where / which part needs the whole sentence
        const wide = same.queries.find((q) => q.asks.length === 0 || q.asks.some((a) => !isFigureAsk(a))) ?? same.queries[0]!;
        same.part.span = spanFor(same.part.quoted, wide);
        same.part.label = labelOf(same.labels, same.period);
        continue;
      }
      const labels = labelled ? [p.part.label] : [];
      const part: AnswerPart = { quoted: { candidate: s.candidate, picks: s.picks }, span: spanFor(s, p.part), label: labelOf(labels, period) };
      merged.set(s.candidate.id, { part, queries: [p.part], labels, period });
      parts.push(part);
    }
  }
  const composed = compose(parts);
  const extra = [...missing];
  const diff = decision.difference ? differenceLine(decision) : null;
  if (diff) extra.push(diff);
  return extra.length > 0 ? { ...composed, answer: [composed.answer, ...extra].filter(Boolean).join('\n') } : composed;
}
