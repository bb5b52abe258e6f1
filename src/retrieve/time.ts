// Whether a candidate speaks of the year and the part of the year asked. The year a figure
// belongs to is the last year named before it (or its section's); the period (上半年, 下半年,
// 全年, 年底) is the sentence's own, or failing that the report's. Runtime-neutral.
import { periodYears } from '../corpus/reports';
import type { PeriodPart } from '../text/years';
import type { Candidate } from './candidates';
import type { Query } from './understand';

/** The year a figure at this position speaks of: the last year named before it. */
export function governingYear(c: Candidate, position: number): { year: number | null; explicit: boolean } {
  const before = c.years.filter((y) => y.end <= position || (y.start <= position && position < y.end));
  const named = before[before.length - 1] ?? c.years[0];
  if (named) return { year: named.roc, explicit: true };
  const section = c.sectionYears[c.sectionYears.length - 1];
  if (section !== undefined) return { year: section, explicit: true };
  return { year: null, explicit: false };
}

/** Whether a mention of this year stands in the clause of the figure at this position. */
function sameClause(c: Candidate, position: number, year: number): boolean {
  const clause = c.clauses.find((cl) => cl.start <= position && position < cl.end);
  return c.years.some((y) => y.roc === year && clause !== undefined && y.start >= clause.start && y.start < clause.end);
}

/** Whether the figure at a position is of one of the years asked. */
export function yearFits(c: Candidate, position: number, years: number[]): boolean {
  const covered = periodYears(c.doc.period).some((y) => years.includes(y));
  const { year, explicit } = governingYear(c, position);
  if (!explicit || year === null) return covered;
  if (years.includes(year)) return true;
  // "自99年1月6日正式上線…共749門": an earlier year named outside the figure's own clause is
  // history; in a report of the year asked, the figure is of that year
  return covered && year < Math.min(...years) && !sameClause(c, position, year);
}

/** The parts of a year the whole report covers. */
function docParts(c: Candidate): Set<PeriodPart> {
  const p = c.doc.period;
  const parts = new Set<PeriodPart>();
  if (p.from.year === p.to.year && p.from.month === 1 && p.to.month === 12) parts.add('FULL');
  if (p.from.year === p.to.year && p.from.month >= 7) parts.add('H2');
  if (p.to.month === 12) parts.add('END');
  return parts;
}

const EXCLUSIVE: PeriodPart[] = ['H1', 'H2', 'FULL'];

export interface PeriodFit {
  /** parts asked that the sentence names */
  named: number;
  /** parts asked that only the report's period covers */
  byReport: number;
  /** parts asked that the sentence contradicts (全年 asked, 下半年 printed) */
  conflicts: number;
}

export function periodFit(q: Query, c: Candidate): PeriodFit {
  const fit = { named: 0, byReport: 0, conflicts: 0 };
  const own = c.period.parts;
  const report = docParts(c);
  for (const part of q.period.parts) {
    if (own.has(part)) fit.named++;
    else if (EXCLUSIVE.includes(part) && [...own].some((o) => EXCLUSIVE.includes(o) && o !== part)) fit.conflicts++;
    else if (report.has(part)) fit.byReport++;
    // half a year asked, and a whole year's report whose sentence names no half: the figure is the year's
    else if ((part === 'H1' || part === 'H2') && report.has('FULL') && ![...own].some((o) => EXCLUSIVE.includes(o))) fit.conflicts++;
  }
  return fit;
}
