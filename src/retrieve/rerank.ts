// The transparent reranker: every candidate sentence gets a score from the question's terms
// it covers (weighted by rarity), a figure of the asked kind near those terms, the asked year
// and period, and its passage's retrieval rank. All weights live in WEIGHTS. Runtime-neutral.
import { periodYears } from '../ingest/reports';
import type { Figure } from '../text/numbers';
import { splitClauses } from '../text/sentences';
import type { PeriodPart } from '../text/years';
import { figureAnswers, isFigureAsk, type Ask } from './asks';
import type { Candidate } from './candidates';
import { termCoverage, termCoverageIn, type Term } from './terms';
import type { Query } from './understand';

/** Every weight of the reranker and of the answer decision, in one place. */
export const WEIGHTS = {
  /** share of the question's terms (by weight) found in the sentence */
  coverage: 1,
  /** a term found only in the section path (or the report's title) counts this much */
  inSection: 0.7,
  /** …and only in the sentences before it */
  inPrevious: 0.6,
  /** …and only elsewhere in the same part of the report (the same two top headings); below
   * what the question's most telling term needs, so that it alone cannot vouch for a sentence */
  inNeighbourhood: 0.45,
  /** how much a term near a figure fades with each clause between them */
  fadePerClause: 0.2,
  /** the least a term anywhere around the figure counts */
  farAway: 0.3,
  /** near a figure, a term beside the question's asking words counts this much more */
  nearCue: 1.5,
  /** a term in the sentence's opening clause counts at least this near every figure */
  opening: 0.8,
  /** a figure given as the total (計 43人, 合計 1,552人) when several are of the asked unit */
  total: 0.15,
  /** a person's title and name, when the question asks who */
  name: 0.3,
  /** the sentence itself shows what a which / who question names (金牌 for 哪些獎牌) */
  named: 0.3,
  /** share of the question's terms found in the clauses around the chosen figure */
  local: 0.6,
  /** share of the question's terms its own heading names (the heading says whose figure it is) */
  heading: 0.2,
  /** a figure of the asked kind and unit */
  figure: 0.5,
  /** a figure question with no figure of that kind */
  noFigure: -0.8,
  /** the figure's year is the year asked */
  year: 0.4,
  /** the figure's year is another year */
  yearMismatch: -1.5,
  /** the year the conversation was about */
  softYear: 0.3,
  period: 0.2,
  periodConflict: -0.5,
  /** prior from the passage's fused retrieval rank */
  retrieval: 0.15,
  /** a table row whose own label is the asked term (tells a row from its parent row) */
  rowLabel: 0.1,
} as const;

/** What an answer needs at least. */
export const SUPPORT = {
  /** minimum share of the question's terms, by weight */
  coverage: 0.55,
  /** the question's most telling term may be missing only when this much else is covered */
  withoutKey: 0.7,
  /** another report is listed when its best candidate scores at least this share of the best */
  listShare: 0.85,
} as const;

export interface Pick {
  ask: Ask;
  figure: Figure;
  /** share of the terms in the clauses around the figure */
  local: number;
}

export interface Scored {
  candidate: Candidate;
  score: number;
  coverage: number;
  picks: Pick[];
  /** true: the year asked; false: another year; null: no year asked */
  yearMatch: boolean | null;
  missingRequired: string[];
  supported: boolean;
}

/**
 * How well a sentence covers a term: in itself or in the report's title (the whole report
 * is about it), or failing that in its section or the sentences before it.
 */
export function termIn(t: Term, c: Candidate): number {
  return termCoverageIn(t, [
    { text: c.normalized.text, weight: 1 },
    { text: c.title, weight: 1 },
    { text: c.context, weight: WEIGHTS.inSection },
    { text: c.previous, weight: WEIGHTS.inPrevious },
    { text: c.neighbourhood, weight: WEIGHTS.inNeighbourhood },
  ]);
}

/** Share of the question's term weight a candidate covers. */
function coverageOf(terms: Term[], c: Candidate): number {
  const total = terms.reduce((s, t) => s + t.weight, 0);
  return total === 0 ? 0 : terms.reduce((s, t) => s + t.weight * termIn(t, c), 0) / total;
}

/**
 * Share of the question's term weight near a figure: a term in the figure's own clause counts
 * fully, fading with each clause between, and halved across a "；" (another item of a list).
 * Terms only in the section or the sentence before count at their far-away value.
 */
function localShare(terms: Term[], c: Candidate, position: number): number {
  const text = c.normalized.text;
  const clauses = splitClauses(text, { start: 0, end: text.length });
  const at = Math.max(0, clauses.findIndex((cl) => cl.start <= position && position < cl.end));
  // a new item of a list starts after "；" and at "其中" / "另" (其中業務助理…)
  const itemStarts = clauses.map((cl, i) => i > 0 && (/[;；]$/.test(text.slice(clauses[i - 1]!.start, clauses[i - 1]!.end)) || /^(?:其中|另外|另)/.test(text.slice(cl.start, cl.end))));
  const itemOf = (i: number): number => itemStarts.slice(0, i + 1).filter(Boolean).length;
  const total = terms.reduce((s, t) => s + t.weight * (t.nearCue ? WEIGHTS.nearCue : 1), 0);
  if (total === 0) return 0;
  let found = 0;
  for (const t of terms) {
    const weight = t.weight * (t.nearCue ? WEIGHTS.nearCue : 1);
    let best = WEIGHTS.farAway * Math.max(termCoverage(t, c.context), termCoverage(t, c.previous));
    const inClause = clauses.map((cl) => termCoverage(t, text.slice(cl.start, cl.end)));
    // a term only in the sentence's opening clause sets the scope of all that follows ("自縣市合併迄112年2月…")
    const scope = inClause[0]! > 0 && inClause.slice(1).every((x) => x === 0);
    inClause.forEach((cov, i) => {
      if (cov === 0) return;
      let fade = Math.max(WEIGHTS.farAway, 1 - WEIGHTS.fadePerClause * Math.abs(i - at)) * (itemOf(i) === itemOf(at) ? 1 : 0.5);
      if (i === 0 && scope) fade = Math.max(fade, WEIGHTS.opening);
      best = Math.max(best, cov * fade);
    });
    found += weight * best;
  }
  return found / total;
}

/** The year a figure at this position speaks of: the last year named before it. */
export function governingYear(c: Candidate, position: number): { year: number | null; explicit: boolean } {
  const before = c.years.filter((y) => y.end <= position || (y.start <= position && position < y.end));
  const named = before[before.length - 1] ?? c.years[0];
  if (named) return { year: named.roc, explicit: true };
  const section = c.sectionYears[c.sectionYears.length - 1];
  if (section !== undefined) return { year: section, explicit: true };
  return { year: null, explicit: false };
}

function yearFits(c: Candidate, position: number, years: number[]): boolean {
  const covered = periodYears(c.doc.period).some((y) => years.includes(y));
  const { year, explicit } = governingYear(c, position);
  if (!explicit || year === null) return covered;
  if (years.includes(year)) return true;
  // "自99年1月6日正式上線…共749門": an earlier year named outside the figure's own clause is
  // history; in a report of the year asked, the figure is of that year
  return covered && year < Math.min(...years) && !sameClause(c, position, year);
}

/** Whether a mention of this year stands in the clause of the figure at this position. */
function sameClause(c: Candidate, position: number, year: number): boolean {
  const text = c.normalized.text;
  const clause = splitClauses(text, { start: 0, end: text.length }).find((cl) => cl.start <= position && position < cl.end);
  return c.years.some((y) => y.roc === year && clause !== undefined && y.start >= clause.start && y.start < clause.end);
}

function docParts(c: Candidate): Set<PeriodPart> {
  const p = c.doc.period;
  const parts = new Set<PeriodPart>();
  if (p.from.year === p.to.year && p.from.month === 1 && p.to.month === 12) parts.add('FULL');
  if (p.from.year === p.to.year && p.from.month >= 7) parts.add('H2');
  if (p.to.month === 12) parts.add('END');
  return parts;
}

const EXCLUSIVE: PeriodPart[] = ['H1', 'H2', 'FULL'];

function periodScore(q: Query, c: Candidate): number {
  if (q.period.parts.size === 0) return 0;
  const own = c.period.parts;
  let score = 0;
  for (const part of q.period.parts) {
    if (own.has(part)) score += WEIGHTS.period;
    else if (EXCLUSIVE.includes(part) && [...own].some((o) => EXCLUSIVE.includes(o) && o !== part)) score += WEIGHTS.periodConflict;
    else if (docParts(c).has(part)) score += WEIGHTS.period / 2;
  }
  return score;
}

function pickFigures(q: Query, c: Candidate): Pick[] {
  const picks: Pick[] = [];
  for (const ask of q.asks.filter(isFigureAsk)) {
    let best: Pick | null = null;
    for (const f of c.figures) {
      if (!figureAnswers(ask, f)) continue;
      if (q.years.length > 0 && !yearFits(c, f.start, q.years)) continue;
      if (picks.some((p) => p.figure === f)) continue;
      const local = localShare(q.terms, c, f.start) + (isTotal(c, f) ? WEIGHTS.total : 0);
      if (!best || local > best.local) best = { ask, figure: f, local };
    }
    if (best) picks.push(best);
  }
  return picks;
}

function rowLabelBonus(q: Query, c: Candidate): number {
  if (!c.row) return 0;
  const own = (c.row.path[c.row.path.length - 1] ?? '').replace(/^[^、]*、/, '').replace(/\s+/g, '');
  const hit = q.terms.filter((t) => own.includes(t.text)).reduce((s, t) => s + t.text.length, 0);
  return own ? WEIGHTS.rowLabel * Math.min(1, hit / own.length) : 0;
}

/** The most telling name the reports use: an answer must speak of it. */
function keyTerm(q: Query): Term | undefined {
  return q.terms.filter((t) => t.indexed && !t.verb).sort((a, b) => b.weight - a.weight)[0];
}

/** Words that announce a total just before a figure. */
const TOTAL_BEFORE = /(?:合計|總計|共計|總共|共|計)(?:有)?$/;

/** A total of the parts listed before it: "單身34人、有眷9人，計43人". */
function isTotal(c: Candidate, f: Figure): boolean {
  const parts = c.figures.filter((g) => g.end <= f.start && g.unit === f.unit).length;
  return parts >= 2 && TOTAL_BEFORE.test(c.normalized.text.slice(0, f.start));
}

/** A title followed by a name: 視察陳恭府, 副總工程司黃麟達, 吳小隊長駿傑. */
const PERSON = /(?:長|司|視察|主任|委員|代表|大使|議員|知事|總理|秘書|科員|專員|技正|技士|幹事|老師)[\u4e00-\u9fff]{2,3}(?=及|、|等|同時|榮膺|獲|經|，|,|（|\()/;

/** Below this a term is absent: not even half of its character pairs are there. */
const ABSENT = 0.25;

/**
 * A name of three characters or more (not a verb) that the reports never use: the question is
 * about something else. Two-character words are too often a paraphrase (案子, 拿到) to decide.
 */
function unknownName(t: Term): boolean {
  return !t.known && !t.verb && t.text.length >= 3 && !/^[a-z0-9 ]+$/.test(t.text);
}

export function scoreCandidate(q: Query, c: Candidate): Scored {
  const text = c.normalized.text;
  const coverage = coverageOf(q.terms, c);
  const key = keyTerm(q);
  const missingRequired = q.terms
    .filter(
      (t) =>
        (t.required && termCoverage(t, text) < 1 && termCoverage(t, c.context) < 1) ||
        (t === key && termIn(t, c) < 0.5 && coverage < SUPPORT.withoutKey) ||
        (unknownName(t) && termIn(t, c) < ABSENT),
    )
    .map((t) => t.text);
  const figureAsks = q.asks.filter(isFigureAsk);
  const picks = pickFigures(q, c);
  const headed = q.terms.reduce((s, t) => s + t.weight * termCoverage(t, c.heading), 0) / Math.max(1e-9, q.terms.reduce((s, t) => s + t.weight, 0));
  let score = WEIGHTS.coverage * coverage + WEIGHTS.heading * headed + WEIGHTS.retrieval / (1 + c.rank / 5) + rowLabelBonus(q, c);

  if (q.asks.some((a) => a.kind === 'who') && PERSON.test(text)) score += WEIGHTS.name;
  if (q.named && termCoverage(q.named, text) >= 0.5) score += WEIGHTS.named;
  if (figureAsks.length > 0) {
    if (picks.length === 0) score += WEIGHTS.noFigure;
    else score += (WEIGHTS.figure * picks.length) / figureAsks.length + WEIGHTS.local * Math.max(...picks.map((p) => p.local));
  }

  // the year: of the chosen figure, or of the sentence when no figure is asked
  const at = picks[0]?.figure.start ?? (c.years[0]?.start ?? 0);
  let yearMatch: boolean | null = null;
  if (q.years.length > 0) {
    yearMatch = yearFits(c, at, q.years);
    score += yearMatch ? WEIGHTS.year : WEIGHTS.yearMismatch;
  } else if (q.softYears.length > 0 && yearFits(c, at, q.softYears)) {
    score += WEIGHTS.softYear;
  }
  score += periodScore(q, c);

  const supported =
    coverage >= SUPPORT.coverage &&
    missingRequired.length === 0 &&
    yearMatch !== false &&
    (figureAsks.length === 0 || picks.length > 0);
  return { candidate: c, score, coverage, picks, yearMatch, missingRequired, supported };
}

export function rerank(q: Query, candidates: Candidate[]): Scored[] {
  return candidates.map((c) => scoreCandidate(q, c)).sort((a, b) => b.score - a.score);
}
