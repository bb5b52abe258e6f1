// Candidate answers: the sentences of the retrieved passages (and the rows of a budget
// table), each with its figures, the years it names and its period. Runtime-neutral.
import type { BudgetRow } from '../corpus/budget-row';
import type { Passage } from '../corpus/passage';
import { answerUnits, headingOf, type AnswerUnit } from '../corpus/units';
import type { DocumentRecord } from '../corpus/documents';
import { sectionTail } from '../corpus/fields';
import { extractFigures, extractTimeWords, type Figure } from '../text/numbers';
import { norm, normalizeForMatch, type Normalized } from '../text/normalize';
import { splitClauses, splitSentences } from '../text/sentences';
import { findPeriod, findYears, type PeriodTag, type YearMention } from '../text/years';

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
  /** its clauses (offsets in the normalised text), each with the item of the sentence it belongs to */
  clauses: Clause[];
  /** normalised end of the section path; for a table row its labels */
  context: string;
  /** normalised last heading of the section path */
  heading: string;
  /** the report's title, normalised */
  title: string;
  /** the sentences before it in the same paragraph, normalised ('' for none) */
  previous: string;
  /** for a sentence about a part of what the sentence before reports (另…部分, 其中…), that sentence up to its own parts: their subject ('' otherwise) */
  subject: string;
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

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** a new item starts after "；", at a word that adds another statement (其中業務助理…, 及於同年月30日辦理…) and at a part's name (實體課程部分) */
  item: number;
  /** of a bare item (中高級班1名), the words it shares with the item before it (獲遴選並完訓者計); else '' */
  lead: string;
}

/** The start of a clause that adds another statement: what follows is another item. */
const NEW_ITEM = /^(?:其中|另外|另|及|並|且|以及|同時|再)/;

/** A clause that names a part of what the sentence reports (實體課程部分，…): the figures after it are that part's. */
const PART_HEADING = /部分[，,：:]?$/;

export function clausesOf(text: string): Clause[] {
  let item = 0;
  const clauses = splitClauses(text, { start: 0, end: text.length }).map((cl, i, all) => {
    const own = text.slice(cl.start, cl.end);
    if (i > 0 && (/[;；]$/.test(text.slice(all[i - 1]!.start, all[i - 1]!.end)) || NEW_ITEM.test(own) || PART_HEADING.test(own))) item++;
    return { start: cl.start, end: cl.end, text: own, item, lead: '' };
  });
  clauses.forEach((cl, i) => (cl.lead = sharedLead(cl, clauses[i - 1])));
  return clauses;
}

/** The last figure of a clause and what follows it (…計有中級班2名；). */
const LAST_FIGURE = /\d[\d,.]*[^\d]*$/;

/**
 * The words a bare item shares with the item before it (獲遴選並完訓者計有中級班2名；中高級班1名:
 * 獲遴選並完訓者計): that item's words before its own name, the bare item's name being as long.
 */
function sharedLead(own: Clause, before: Clause | undefined): string {
  const name = bareItemName(own.text);
  if (!name || !before || before.item === own.item) return '';
  const figureAt = LAST_FIGURE.exec(before.text)?.index;
  return figureAt === undefined ? '' : before.text.slice(0, Math.max(0, figureAt - name.length));
}

/** A clause that is only a name and its figure (中高級班1名。, 國小62人): one item of a list. */
const BARE_ITEM = /^([\u4e00-\u9fff]{1,8})\d[\d,.]*[^\d，,；;。]{0,3}[，,；;。]?$/;

/** The name of a bare item (中高級班 of 中高級班1名。), or null when the clause says more. */
export function bareItemName(clause: string): string | null {
  return BARE_ITEM.exec(clause.trim())?.[1] ?? null;
}

/** The index of the clause holding a position (the first when none does). */
export function clauseAt(c: { clauses: Clause[] }, position: number): number {
  return Math.max(0, c.clauses.findIndex((cl) => cl.start <= position && position < cl.end));
}

/**
 * A sentence about a part of what the one before reports, or about the thing it names, its
 * subject named there (另線上課程部分，計有…人參訓; 其中男性…人; 本活動展期計1個月). 另 alone
 * opens a statement of its own (另於…辦理…).
 */
const CONTINUES = /^(?:\d+\.\s*)?(?:另[^，,；;。]{0,12}部分|其中|(?:本|該|此)次?(?:活動|班期?|計畫|專案|展覽?|研習班?|課程|工程|會議|方案))/;

/** What the last sentence of a text reports before it names a part of it (…同步進行，現場課程部分，…): the subject its parts share. */
function sharedSubject(text: string): string {
  const last = splitSentences(text).pop();
  if (!last) return '';
  const sentence = text.slice(last.start, last.end);
  const part = clausesOf(sentence).find((cl) => PART_HEADING.test(cl.text));
  return part ? sentence.slice(0, part.start) : sentence;
}

/** A table note spans cells ("…人事" + "費 31,068千元"): matching reads it as one line. */
function withoutBreaks(n: Normalized): Normalized {
  const keep = [...n.text].map((ch) => ch !== '\n');
  return { text: [...n.text].filter((_, i) => keep[i]).join(''), map: n.map.filter((_, i) => keep[i]) };
}

/** Years the section path names ("113年下半年業務"). */
function sectionYearsOf(passage: Passage): number[] {
  return findYears(norm(passage.section)).map((y) => y.roc);
}

function sentenceCandidate(unit: AnswerUnit, passage: Passage, doc: DocumentRecord, rank: number, neighbourhood: string, previous: string): Candidate {
  const normalized = withoutBreaks(normalizeForMatch(unit.text));
  return {
    id: unit.id,
    kind: 'sentence',
    passage,
    doc,
    start: unit.start,
    end: unit.end,
    text: unit.text,
    normalized,
    clauses: clausesOf(normalized.text),
    context: norm(sectionTail(passage.section)),
    heading: norm(headingOf(passage)),
    title: norm(doc.title),
    previous,
    subject: CONTINUES.test(normalized.text) ? sharedSubject(previous) : '',
    neighbourhood,
    figures: [...extractFigures(normalized.text), ...extractTimeWords(normalized.text)].sort((a, b) => a.start - b.start),
    years: findYears(normalized.text),
    sectionYears: sectionYearsOf(passage),
    period: findPeriod(normalized.text),
    rank,
  };
}

/**
 * A budget-table row as a candidate: its text for matching is "label amount", its quote the
 * lines from the label to the amount.
 */
function rowCandidate(unit: AnswerUnit, row: BudgetRow, passage: Passage, doc: DocumentRecord, rank: number, neighbourhood: string): Candidate {
  const label = row.path.join(' ');
  const normalized = normalizeForMatch(unit.text);
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
    id: unit.id,
    kind: 'budget',
    passage,
    doc,
    start: 0,
    end: 0,
    text: unit.text,
    normalized,
    clauses: clausesOf(normalized.text),
    context: norm(`${passage.section} ${label}`),
    heading: norm(label),
    title: norm(doc.title),
    previous: '',
    subject: '',
    neighbourhood,
    figures: [figure],
    years: [],
    sectionYears: sectionYearsOf(passage),
    period: findPeriod(''),
    rank,
    row,
  };
}

/** The candidates of one passage: its sentences (each with the sentences before it in its paragraph) and table rows. */
function passageCandidates(passage: Passage, doc: DocumentRecord, rank: number, neighbourhood: string, carried: string): Candidate[] {
  const units = answerUnits(passage, doc.budget);
  let paragraphStart = 0;
  return units.map((unit, i) => {
    if (unit.row) return rowCandidate(unit, unit.row, passage, doc, rank, neighbourhood);
    const before = units[i - 1];
    // the sentences before it, back to the last paragraph break (for the first, the passage before's last sentence)
    if (!before || before.row || passage.text.slice(before.end, unit.start).includes('\n')) paragraphStart = unit.start;
    const previous = norm(passage.text.slice(paragraphStart, unit.start));
    return sentenceCandidate(unit, passage, doc, rank, neighbourhood, i === 0 ? carried : previous);
  });
}

/** The part of a report a passage belongs to: its first two headings. */
export function partOf(p: Passage): string {
  return `${p.docId}|${p.section.split(' > ').slice(0, 2).join(' > ')}`;
}

export interface CandidateSource {
  documents: Map<string, DocumentRecord>;
  /** normalised text of every passage in a part (partOf), for the terms a sentence leaves implicit */
  parts: Map<string, string>;
  /** the last sentence of the passage before, in the same section, normalised (a paragraph may run across passages) */
  before: Map<string, string>;
  /** each passage's candidates once built (they do not depend on the question) */
  built?: Map<string, Candidate[]>;
}

/** What candidates are built from, once for all questions: parts, the passage before each one, and the one after. */
export function candidateSource(passages: Passage[], documents: Map<string, DocumentRecord>): CandidateSource & { next: Map<string, Passage> } {
  const parts = new Map<string, string>();
  const before = new Map<string, string>();
  const next = new Map<string, Passage>();
  passages.forEach((p, i) => {
    parts.set(partOf(p), `${parts.get(partOf(p)) ?? ''}\n${norm(p.text)}`);
    const prev = passages[i - 1];
    if (prev && prev.docId === p.docId && prev.section === p.section) {
      const sentences = splitSentences(prev.text);
      const last = sentences[sentences.length - 1];
      if (last) before.set(p.id, norm(prev.text.slice(last.start, last.end)));
      next.set(prev.id, p);
    }
  });
  return { documents, parts, before, next, built: new Map() };
}

export function candidatesFrom(passages: { passage: Passage; rank: number }[], source: CandidateSource): Candidate[] {
  return passages.flatMap(({ passage, rank }) => {
    let built = source.built?.get(passage.id);
    if (!built) {
      const doc = source.documents.get(passage.docId);
      if (!doc) return [];
      built = passageCandidates(passage, doc, 0, source.parts.get(partOf(passage)) ?? '', source.before.get(passage.id) ?? '');
      source.built?.set(passage.id, built);
    }
    return built.map((c) => ({ ...c, rank }));
  });
}
