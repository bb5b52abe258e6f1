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
  /** normalised last heading of the section path */
  heading: string;
  /** the report's title, normalised */
  title: string;
  /** the sentences before it in the same paragraph, normalised ('' for none) */
  previous: string;
  /** the rest of the same part of the report (same two top headings), normalised */
  neighbourhood: string;
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

/** A table note spans cells ("…人事" + "費 31,068千元"): matching reads it as one line. */
function withoutBreaks(n: Normalized): Normalized {
  const keep = [...n.text].map((ch) => ch !== '\n');
  return { text: [...n.text].filter((_, i) => keep[i]).join(''), map: n.map.filter((_, i) => keep[i]) };
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

/** Years the section path names ("113年下半年業務"). */
function sectionYearsOf(passage: Passage): number[] {
  return findYears(norm(passage.section)).map((y) => y.roc);
}

function sentenceCandidates(passage: Passage, doc: DocumentRecord, rank: number, neighbourhood: string): Candidate[] {
  const context = norm(sectionTail(passage.section));
  const heading = norm(passage.section.split(' > ').pop() ?? '');
  const title = norm(doc.title);
  const sectionYears = sectionYearsOf(passage);
  const table = doc.budget.some((r) => r.groupStart >= passage.lineStart && r.groupEnd <= passage.lineEnd);
  const spans = sentenceSpans(passage, table);
  let paragraphStart = 0;
  return spans.map((span, i) => {
    const text = passage.text.slice(span.start, span.end);
    const normalized = withoutBreaks(normalizeForMatch(text));
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
      heading,
      title,
      previous,
      neighbourhood,
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
function rowCandidate(row: BudgetRow, passage: Passage, doc: DocumentRecord, rank: number, index: number, neighbourhood: string): Candidate {
  const label = row.path.join(' ');
  const text = `${label} ${row.amount} ${row.unit}`;
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
    heading: norm(label),
    title: norm(doc.title),
    previous: '',
    neighbourhood,
    figures: [figure],
    years: [],
    sectionYears: sectionYearsOf(passage),
    period: findPeriod(''),
    rank,
    row,
  };
}

/** The part of a report a passage belongs to: its first two headings. */
export function partOf(p: Passage): string {
  return `${p.docId}|${p.section.split(' > ').slice(0, 2).join(' > ')}`;
}

export interface CandidateSource {
  documents: Map<string, DocumentRecord>;
  /** normalised text of every passage in a part (partOf), for the terms a sentence leaves implicit */
  parts: Map<string, string>;
}

export function candidatesFrom(passages: { passage: Passage; rank: number }[], source: CandidateSource): Candidate[] {
  const out: Candidate[] = [];
  for (const { passage, rank } of passages) {
    const doc = source.documents.get(passage.docId);
    if (!doc) continue;
    const neighbourhood = source.parts.get(partOf(passage)) ?? '';
    out.push(...sentenceCandidates(passage, doc, rank, neighbourhood));
    doc.budget.forEach((row, i) => {
      if (row.groupStart >= passage.lineStart && row.groupEnd <= passage.lineEnd) out.push(rowCandidate(row, passage, doc, rank, i, neighbourhood));
    });
  }
  return out;
}
