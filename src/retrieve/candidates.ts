// Candidate answers: the sentences of the retrieved passages (and the rows of a budget
// table), each with its figures, the years it names and its period. Runtime-neutral.
import type { BudgetRow } from '../ingest/budget';
import type { Passage } from '../ingest/passages';
import type { DocumentRecord } from '../store/documents';
import { extractFigures, type Figure } from '../text/numbers';
import { norm, normalizeForMatch, type Normalized } from '../text/normalize';
import { splitSentences, type Span } from '../text/sentences';
import { matchEnumerator } from '../ingest/headings';
import { findPeriod, findYears, type PeriodTag, type YearMention } from '../text/years';
import { sectionTail } from '../store/fields';

export interface Candidate {
  id: string;
  kind: 'sentence' | 'budget';
  passage: Passage;
  doc: DocumentRecord;
  /** offsets of the sentence in passage.text */
  start: number;
  end: number;
  /** the sentence as printed */
  text: string;
  /** normalised sentence with its map back to `text` */
  normalized: Normalized;
  /** normalised end of the section path; for a table row its labels */
  context: string;
  /** the report's title, normalised */
  title: string;
  /** the sentences before it in the same paragraph, normalised ('' for none) */
  previous: string;
  figures: Figure[];
  years: YearMention[];
  /** years named by the section path */
  sectionYears: number[];
  period: PeriodTag;
  /** rank of its passage in the fused retrieval (0 = first) */
  rank: number;
  /** for a budget-table row */
  row?: BudgetRow;
}

/** Sentences of a passage; in a table passage, the cells that are neither labels nor amounts, joined. */
function sentenceSpans(passage: Passage, table: boolean): Span[] {
  if (!table) return splitSentences(passage.text);
  const spans: Span[] = [];
  let at = 0;
  let open: Span | null = null;
  for (const cell of passage.text.split('\n')) {
    const isNote = !matchEnumerator(cell) && !/^合\s*計/.test(cell) && !/^[\d,\s]+$/.test(cell);
    if (isNote) open = open ? { start: open.start, end: at + cell.length } : { start: at, end: at + cell.length };
    else if (open) {
      spans.push(open);
      open = null;
    }
    at += cell.length + 1;
  }
  if (open) spans.push(open);
  return spans;
}

function sentenceCandidates(passage: Passage, doc: DocumentRecord, rank: number): Candidate[] {
  const context = norm(sectionTail(passage.section));
  const title = norm(doc.title);
  const sectionYears = findYears(norm(passage.section)).map((y) => y.roc);
  const table = doc.budget.some((r) => r.groupStart >= passage.lineStart && r.groupEnd <= passage.lineEnd);
  const spans = sentenceSpans(passage, table);
  let paragraphStart = 0;
  return spans.map((span, i) => {
    const text = passage.text.slice(span.start, span.end);
    const normalized = normalizeForMatch(text);
    const before = spans[i - 1];
    // the sentences before it, back to the last paragraph break
    if (!before || passage.text.slice(before.end, span.start).includes('\n')) paragraphStart = span.start;
    const previous = norm(passage.text.slice(paragraphStart, span.start));
    return {
      id: `${passage.id}#${i}`,
      kind: 'sentence' as const,
      passage,
      doc,
      start: span.start,
      end: span.end,
      text,
      normalized,
      context,
      title,
      previous,
      figures: extractFigures(normalized.text),
      years: findYears(normalized.text),
      sectionYears,
      period: findPeriod(normalized.text),
      rank,
    };
  });
}

/**
 * A budget-table row as a candidate: its text for matching is "label amount", its quote the
 * lines from the label to the amount.
 */
function rowCandidate(row: BudgetRow, passage: Passage, doc: DocumentRecord, rank: number, index: number): Candidate {
  const label = row.path.join(' ');
  const text = `${label} ${row.amount}`;
  const normalized = normalizeForMatch(text);
  const amountAt = normalized.text.lastIndexOf(norm(row.amount));
  const figure: Figure = {
    text: norm(row.amount),
    start: amountAt,
    end: amountAt + norm(row.amount).length,
    kind: 'money',
    unit: row.unit,
    value: Number(row.amount.replace(/,/g, '')),
  };
  return {
    id: `${doc.docId}:budget:${index}`,
    kind: 'budget',
    passage,
    doc,
    start: 0,
    end: 0,
    text,
    normalized,
    context: norm(`${passage.section} ${label}`),
    title: norm(doc.title),
    previous: '',
    figures: [figure],
    years: [],
    sectionYears: findYears(norm(passage.section)).map((y) => y.roc),
    period: findPeriod(''),
    rank,
    row,
  };
}

export function candidatesFrom(passages: { passage: Passage; rank: number }[], documents: Map<string, DocumentRecord>): Candidate[] {
  const out: Candidate[] = [];
  for (const { passage, rank } of passages) {
    const doc = documents.get(passage.docId);
    if (!doc) continue;
    out.push(...sentenceCandidates(passage, doc, rank));
    doc.budget.forEach((row, i) => {
      if (row.groupStart >= passage.lineStart && row.groupEnd <= passage.lineEnd) out.push(rowCandidate(row, passage, doc, rank, i));
    });
  }
  return out;
}
