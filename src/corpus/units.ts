// The units an answer can quote: the sentences of a passage, and in a budget-table passage
// its rows. Defined once, here, because the index embeds every unit (for the question's
// similarity to it) and the answer stage ranks the same units. Runtime-neutral.
import { compactSpaces } from '../text/normalize';
import { splitSentences, type Span } from '../text/sentences';
import type { BudgetRow } from './budget-row';
import { matchEnumerator } from '../text/headings';
import { SECTION_SEPARATOR, type Passage } from './passage';

export interface AnswerUnit {
  /** `${passage.id}#${i}` for a sentence, `${docId}:budget:${row}` for a table row */
  id: string;
  kind: 'sentence' | 'budget';
  /** offsets of a sentence in passage.text (0, 0 for a table row) */
  start: number;
  end: number;
  /** the sentence as printed; for a table row "own label amount unit" */
  text: string;
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

/** A budget row's text: its own label (its parents' are its context), its amount and its unit. */
export function rowText(row: BudgetRow): string {
  return `${row.path[row.path.length - 1] ?? ''} ${row.amount} ${row.unit}`;
}

/** The rows of a document's budget table that a passage holds, with their index in the table. */
export function rowsOf(passage: Passage, budget: BudgetRow[]): { row: BudgetRow; index: number }[] {
  return budget.flatMap((row, index) => (row.groupStart >= passage.lineStart && row.groupEnd <= passage.lineEnd ? [{ row, index }] : []));
}

export function answerUnits(passage: Passage, budget: BudgetRow[]): AnswerUnit[] {
  const rows = rowsOf(passage, budget);
  const sentences = sentenceSpans(passage, rows.length > 0).map((span, i) => ({
    id: `${passage.id}#${i}`,
    kind: 'sentence' as const,
    start: span.start,
    end: span.end,
    text: passage.text.slice(span.start, span.end),
  }));
  const tableRows = rows.map(({ row, index }) => ({
    id: `${passage.docId}:budget:${index}`,
    kind: 'budget' as const,
    start: 0,
    end: 0,
    text: rowText(row),
    row,
  }));
  return [...sentences, ...tableRows];
}

/** The last heading of a passage's section path: what its sentences are about. */
export function headingOf(passage: Passage): string {
  return passage.section.split(SECTION_SEPARATOR).pop() ?? '';
}

/** Text given to the embedding model for a unit: its heading, then the unit as printed. */
export function unitEmbeddingText(unit: AnswerUnit, passage: Passage): string {
  return compactSpaces(`${headingOf(passage)}：${unit.text.replace(/\n/g, '')}`);
}
