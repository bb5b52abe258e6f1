// 「整理／摘要…報告」: the report's own headings, each cited at its line — never an invented
// summary. The report is the one the question names (its agency, kind or year). Runtime-neutral.
import type { Passage } from '../corpus/passage';
import { SECTION_SEPARATOR } from '../corpus/passage';
import { periodYears } from '../corpus/reports';
import type { Query } from '../retrieve/understand';
import type { DocumentRecord } from '../corpus/documents';
import { norm } from '../text/normalize';
import type { ComposedAnswer } from './compose';
import { locateQuote } from './citations';
import type { Citation } from './citations';

/** At most this many headings listed. */
const MAX_HEADINGS = 25;
/** A level of headings is listed when it has at least this many (else the level below it). */
const MIN_HEADINGS = 3;

/** How clearly a question names a report: its years, its agency, its kind. */
function mentions(q: Query, d: DocumentRecord): number {
  const agency = norm(d.agency.replace(/^高雄市政府/, ''));
  let score = 0;
  if (q.years.some((y) => periodYears(d.period).includes(y))) score += 1;
  if (agency && q.text.includes(agency)) score += 2;
  if (q.text.includes(norm(d.kind))) score += 1;
  return score;
}

function headingsOf(doc: DocumentRecord, passages: Passage[]): string[] {
  const paths = passages.filter((p) => p.docId === doc.docId).map((p) => p.section.split(SECTION_SEPARATOR));
  for (let level = 0; level < 3; level++) {
    const seen = [...new Set(paths.map((p) => p[level]).filter((h): h is string => Boolean(h)))];
    if (seen.length >= MIN_HEADINGS) return seen.slice(0, MAX_HEADINGS);
  }
  return [];
}

/** When the question does not say which report: the reports to choose from. */
export function reportChoices(documents: DocumentRecord[]): string {
  const list = documents.map((d) => `・${d.title}`).join('\n');
  return `要整理哪一份報告？請在問題中寫出報告的單位或年度，例如「整理行政暨國際處的業務報告」。目前有：\n${list}`;
}

/** The headings of the one report the question names, or null when it names none (or several). */
export function summaryOf(q: Query, documents: DocumentRecord[], passages: Passage[]): ComposedAnswer | null {
  const scored = documents.map((d) => ({ d, score: mentions(q, d) })).filter((x) => x.score > 0);
  const top = Math.max(0, ...scored.map((x) => x.score));
  const docs = scored.filter((x) => x.score === top).map((x) => x.d);
  if (docs.length !== 1) return null;
  const doc = docs[0]!;
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const heading of headingsOf(doc, passages)) {
    const located = locateQuote(doc, heading, 1);
    if (!located) continue;
    const n = citations.length + 1;
    citations.push({ n, docId: doc.docId, title: doc.title, section: heading, ...located, quote: heading });
    lines.push(`${heading}[${n}]`);
  }
  if (citations.length === 0) return null;
  return { answer: `《${doc.title}》的章節（依報告順序，摘自報告本身的標題）：\n${lines.join('\n')}`, citations, series: null };
}
