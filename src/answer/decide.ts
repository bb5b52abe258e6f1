// The answer decision, one value composed once: for every part of the question the best
// candidate, when the fitted model scores it at least at its threshold; the other reports
// that answer it too (when no year is asked); and what kind of answer that makes.
// Runtime-neutral.
import type { Plan } from '../retrieve/parts';
import type { Scored } from '../retrieve/rank';
import type { Query } from '../retrieve/understand';

/** What an answer is, so that no client reads it from the prose (../shared/DESIGN.md). */
export const ANSWER_KINDS = ['answer', 'partial', 'not_found', 'guidance', 'list'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface PartAnswer {
  part: Query;
  /** the candidate that answers this part, or null when the reports do not hold it */
  best: Scored | null;
  /** other reports that answer it as well (no year asked), in period order with the best */
  also: Scored[];
}

export interface Decision {
  kind: Exclude<AnswerKind, 'guidance' | 'list'>;
  parts: PartAnswer[];
  difference: boolean;
}

function byPeriod(a: Scored, b: Scored): number {
  const pa = a.candidate.doc.period;
  const pb = b.candidate.doc.period;
  return pa.from.year - pb.from.year || pa.from.month - pb.from.month || pa.to.year - pb.to.year;
}

/** The best candidate of each other report that reaches the threshold. */
function otherReports(ranked: Scored[], best: Scored, threshold: number): Scored[] {
  const seen = new Set([best.candidate.doc.docId]);
  const out: Scored[] = [];
  for (const s of ranked) {
    if (s.confidence < threshold) break;
    if (seen.has(s.candidate.doc.docId)) continue;
    seen.add(s.candidate.doc.docId);
    out.push(s);
  }
  return out;
}

/**
 * Never an answer: a candidate without a name the question insists on (a quoted name, another
 * city), of another year or part of the year than the one asked, without a figure of the kind asked,
 * to a where question without a place, to a question asking who a person of some title is
 * (講師是誰, 哪位醫師) without a person, or to one asking for an institution of a kind (哪幾所學校,
 * 哪家醫院) without a name of that kind, to one asking of those that did not reach an outcome
 * (沒有續約) with a sentence that names it only as reached, to one asking of an outcome (幾個人通過)
 * with a sentence that reports none (43人到考), or to one asking a total with a cap or a figure per
 * unit (每人最高5,000元, 80萬元以下), or to one naming one of a series (第2類人員) with a sentence
 * that names only others of it (第一類人員), or to one naming a kind of report (施政計畫裡…) from a
 * report of another kind, or with only a change (相較上次會期…增加4人) to one that asks no change.
 */
export function eligible(s: Scored): boolean {
  const f = s.features;
  return f.lacksRequired === 0 && s.yearMatch !== false && f.periodConflict === 0 && f.noFigure === 0 && f.noPlace === 0 && !s.personMissing && !s.institutionMissing && !s.negationMissing && !s.otherReport && f.outcomeUnsaid === 0 && f.rateForTotal === 0 && f.ordinalConflict === 0 && f.changeNotAsked === 0;
}

/** A part with no term of its own: every one it is looked for with comes from the parts before it. */
function leansOnly(part: Query): boolean {
  return part.terms.length > 0 && part.terms.every((t) => !part.text.includes(t.text));
}

/**
 * Decides from each part's ranked candidates (best first). A part is answered when its best
 * candidate's confidence reaches the threshold; with no year asked or implied, every report that reaches
 * it is quoted, in period order, up to topK quotes in all.
 */
export function decide(plan: Plan, ranked: Scored[][], threshold: number, topK: number): Decision {
  // every part states its own figure: a later part does not take a figure an earlier part took
  const taken = new Set<string>();
  const figureKey = (s: Scored): string[] => s.picks.map((p) => `${s.candidate.id}@${p.figure.start}`);
  const parts: PartAnswer[] = [];
  for (const [i, part] of plan.parts.entries()) {
    const list = (ranked[i] ?? []).filter((s) => eligible(s) && (s.picks.length === 0 || !figureKey(s).every((k) => taken.has(k))));
    const top = list[0];
    // a part that takes its whole topic from the part before (「…有沒有締結姊妹市？是哪一年？」) is not in the reports when that part is not
    const orphaned = i > 0 && leansOnly(part) && parts[i - 1]?.best === null;
    if (!top || top.confidence < threshold || orphaned) {
      parts.push({ part, best: null, also: [] });
      continue;
    }
    for (const k of figureKey(top)) taken.add(k);
    const timeless = part.years.length === 0 && part.softYears.length === 0;
    const also = timeless ? otherReports(list, top, threshold).slice(0, Math.max(0, topK - 1)) : [];
    parts.push({ part, best: top, also });
  }
  const answered = parts.filter((p) => p.best).length;
  // a change between two years needs both: with one missing, the reports do not hold the change
  const kind = answered === parts.length ? 'answer' : answered > 0 && !plan.difference ? 'partial' : 'not_found';
  return { kind, parts, difference: plan.difference && answered === parts.length && parts.length === 2 };
}

/** The reports' answers of a part in the order to show them: by period when several reports answer. */
export function quotesOf(p: PartAnswer): Scored[] {
  if (!p.best) return [];
  return p.also.length > 0 ? [p.best, ...p.also].sort(byPeriod) : [p.best];
}
