// How a candidate covers the question's terms: in the sentence itself, the report's title,
// its section path, the sentences before it, or elsewhere in the same part of the report —
// each measured separately, so that the fitted model decides what each place is worth —
// and how close the terms stand to a chosen figure. Runtime-neutral.
import { clauseAt, type Candidate } from './candidates';
import { RANKING } from './ranking-options';
import { isAskedName, termCoverage, type Term } from './terms';
import type { Query } from './understand';

/** Where a term can be found, nearest first. */
export const PLACES = ['sentence', 'title', 'section', 'previous', 'part'] as const;
export type Place = (typeof PLACES)[number];

/** The sentence itself; for one about a part of what the sentence before reports (另…部分), with that sentence, which names its subject. */
function ownText(c: Candidate): string {
  return c.subject ? `${c.subject}${c.normalized.text}` : c.normalized.text;
}

function placeText(c: Candidate, place: Place): string {
  switch (place) {
    case 'sentence':
      return ownText(c);
    case 'title':
      return c.title;
    case 'section':
      return c.context;
    case 'previous':
      return c.previous;
    case 'part':
      return c.neighbourhood;
  }
}

const totalWeight = (terms: Term[]): number => terms.reduce((s, t) => s + t.weight, 0);

/**
 * Share of the question's term weight each place adds: a term counts at the nearest place
 * that has it (partly, for partial matches), so the shares sum to the coverage anywhere.
 */
export function coverageByPlace(terms: Term[], c: Candidate): Record<Place, number> {
  const out = Object.fromEntries(PLACES.map((p) => [p, 0])) as Record<Place, number>;
  const total = totalWeight(terms);
  if (total === 0) return out;
  for (const t of terms) {
    let best = 0;
    for (const place of PLACES) {
      const cov = termCoverage(t, placeText(c, place));
      if (cov > best) {
        out[place] += (t.weight * (cov - best)) / total;
        best = cov;
      }
    }
  }
  return out;
}

/** How well one term is covered by the sentence itself, and by anything around it. */
export function termPresence(t: Term, c: Candidate): { own: number; around: number } {
  const own = termCoverage(t, ownText(c));
  const around = Math.max(own, ...PLACES.slice(1).map((p) => termCoverage(t, placeText(c, p))));
  return { own, around };
}

/** The most telling name the reports use: an answer should speak of it. */
export function keyTerm(q: Query): Term | undefined {
  return q.terms.filter((t) => t.indexed && !t.verb).sort((a, b) => b.weight - a.weight)[0];
}

/**
 * A name of three characters or more (not a verb) that the reports never use: the question is
 * about something else. Two-character words are too often a paraphrase (案子, 拿到) to decide.
 */
export function unknownName(t: Term): boolean {
  // an English word the glossary could not put into the reports' words counts too (lantern, dismissed)
  return !t.known && !t.verb && (/^[a-z]+$/.test(t.text) ? t.text.length >= 4 : t.text.length >= 3 && !/^[a-z0-9 ]+$/.test(t.text));
}

/** Quotation marks inside a name: the reports quote a word within a title (用『心』學攝影), a question may not. */
const INNER_QUOTES = /[「」『』〈〉《》“”‘’"']/g;

/** A text without its quotation marks, to match a name however the reports quote within it. */
export const withoutQuotes = (text: string): string => text.replace(INNER_QUOTES, '');

/**
 * Whether the candidate lacks what the question insists on (a quoted name, another city): not
 * in the sentence, its section path, or the sentences before it in its paragraph
 * (「讀書樂」書展… / 本活動…共有…志工參與), quotation marks inside the name aside.
 */
export function lacksRequired(q: Query, c: Candidate): boolean {
  if (!q.terms.some((t) => t.required)) return false;
  const places = [c.normalized.text, c.context, c.previous].map(withoutQuotes);
  return q.terms.some((t) => t.required && places.every((p) => termCoverage({ ...t, text: withoutQuotes(t.text) }, p) < 1));
}

export function lacksUnknownName(q: Query, c: Candidate): boolean {
  return q.terms.some((t) => unknownName(t) && termPresence(t, c).around < RANKING.absent);
}

/** Share of the heading's naming of the question: the heading says whose figure it is. */
export function headingShare(terms: Term[], c: Candidate): number {
  const total = totalWeight(terms);
  return total === 0 ? 0 : terms.reduce((s, t) => s + t.weight * termCoverage(t, c.heading), 0) / total;
}

/**
 * How present one term is near a position: in the figure's own clause fully (and in the words a
 * bare item shares with the item before it), fading with each clause between, less in another
 * item (after "；", or a clause adding another statement); only in the section or the sentence
 * before, at its far-away value.
 */
function presenceNear(t: Term, c: Candidate, position: number): number {
  const at = clauseAt(c, position);
  const item = c.clauses[at]?.item ?? 0;
  let best = Math.max(RANKING.farAway * Math.max(termCoverage(t, c.context), termCoverage(t, c.previous)), termCoverage(t, c.clauses[at]?.lead ?? ''));
  const inClause = c.clauses.map((cl) => termCoverage(t, cl.text));
  // a term only in the sentence's opening clause sets the scope of all that follows ("自縣市合併迄112年2月…")
  const scope = inClause[0]! > 0 && inClause.slice(1).every((x) => x === 0);
  inClause.forEach((cov, i) => {
    if (cov === 0) return;
    let fade = Math.max(RANKING.farAway, 1 - RANKING.fadePerClause * Math.abs(i - at)) * (c.clauses[i]!.item === item ? 1 : RANKING.otherItem);
    if (i === 0 && scope) fade = Math.max(fade, RANKING.opening);
    best = Math.max(best, cov * fade);
  });
  return best;
}

/** Share of the question's term weight near a position (a term beside the question's asking words counts more). */
export function localShare(terms: Term[], c: Candidate, position: number): number {
  const weightOf = (t: Term): number => t.weight * (t.nearCue ? RANKING.nearCue : 1);
  const total = terms.reduce((s, t) => s + weightOf(t), 0);
  return total === 0 ? 0 : terms.reduce((s, t) => s + weightOf(t) * presenceNear(t, c, position), 0) / total;
}

/** The least present of the question's names near a position: every one of them should speak of the figure. */
export function weakestNear(terms: Term[], c: Candidate, position: number): number {
  const names = terms.filter((t) => !t.verb && t.known);
  // no name at all: the verbs the reports use say enough; words they never use say nothing
  if (names.length === 0) return terms.some((t) => t.known) ? 1 : 0;
  return Math.min(...names.map((t) => presenceNear(t, c, position)));
}

/** The question's terms nowhere around the candidate (not even half of their character pairs anywhere near it). */
export function missingAround(terms: Term[], c: Candidate): Term[] {
  return terms.filter((t) => termPresence(t, c).around < RANKING.absent);
}

/** The largest share of the question's term weight that one missing term holds. */
export function heaviestMissing(terms: Term[], missing: Term[]): number {
  const total = totalWeight(terms);
  return total === 0 ? 0 : Math.max(0, ...missing.map((t) => t.weight / total));
}

/** Whether a missing term is one the reports use (indexed: in some passage). */
export function knownMissing(missing: Term[]): boolean {
  return missing.some((t) => t.indexed);
}

/** Whether a term beside the question's asking words — what the question counts — is missing from the sentence itself. */
export function cueMissing(terms: Term[], c: Candidate): boolean {
  return terms.some((t) => t.nearCue && termCoverage(t, c.normalized.text) < RANKING.absent);
}

/** …and that term is one the reports use elsewhere (幾個人通過: 通過), not a paraphrase of theirs (幾個人考到照). */
export function knownCueMissing(terms: Term[], c: Candidate): boolean {
  return terms.some((t) => t.nearCue && t.indexed && termCoverage(t, c.normalized.text) < RANKING.absent);
}

/**
 * Whether a name beside the question's asking words — what it counts or asks of (幾位翻譯,
 * 幾對結婚, 有幾個是新進人員) — is nowhere around the candidate: the sentence speaks of something else.
 * A which / who question's own noun (哪個單位, 什麼顏色) names the kind of answer, not its topic,
 * and does not count. `missing`: the question's terms nowhere around it (missingAround).
 */
export function askedAbsent(q: Query, missing: Term[]): boolean {
  return missing.some((t) => isAskedName(t) && !t.required && t !== q.named);
}

/** Share of the question's term weight the reports never use (a question about something else). */
export function unknownShare(terms: Term[]): number {
  const total = totalWeight(terms);
  return total === 0 ? 0 : terms.filter((t) => !t.known).reduce((s, t) => s + t.weight, 0) / total;
}

/** Words that end a clause or start another item: what stands on either side is not each other's. */
const ENDING = /[，,；;。]|另|其中/;
/** Words that join two names (A及B, A、B). */
const JOINING = /[及與和、跟]/;
/** What may stand between a name and its figure besides other names: 計, 共, 約 (專門委員計37人). */
const COUNTING = /[計共約達為有\s]/g;

/**
 * Whether a conjunction or the end of a clause stands between a term and a figure. A term before
 * the figure, joined to another name (簡任主任秘書及專門委員計37人), shares its figure; one joined
 * to a figure (國中校長及26名候用國小校長) does not, and nor does a term after its figure.
 */
function separates(between: string, termFirst: boolean): boolean {
  if (ENDING.test(between)) return true;
  if (!termFirst) return JOINING.test(between);
  const joins = [...between].map((ch, i) => (JOINING.test(ch) ? i : -1)).filter((i) => i >= 0);
  const last = joins[joins.length - 1];
  return last !== undefined && !/[\u4e00-\u9fff]{2}/.test(between.slice(last + 1).replace(COUNTING, ''));
}

/**
 * How close a figure stands to a term in the same clause (1 beside it, halving every
 * proximityHalf characters); 0 when the term is not in that clause, or when a conjunction (see
 * separates) or another figure stands between them ("6名候用國中校長及26名候用國小校長": 26名
 * belongs to 國小).
 */
export function closeness(c: Candidate, figure: { start: number; end: number }, term: Term): number {
  const text = c.normalized.text;
  const spellings = [term.text, ...term.alts].filter((s) => s.length >= 2);
  let best = 0;
  for (const s of spellings) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const termFirst = at + s.length <= figure.start;
      const [from, to] = termFirst ? [at + s.length, figure.start] : [figure.end, at];
      if (to < from) continue; // the term overlaps the figure
      const between = text.slice(from, to);
      if (separates(between, termFirst) || c.figures.some((f) => f !== figure && f.start >= from && f.end <= to && f.kind !== 'year' && f.kind !== 'date')) continue;
      best = Math.max(best, 1 / (1 + between.length / RANKING.proximityHalf));
    }
  }
  return best;
}
