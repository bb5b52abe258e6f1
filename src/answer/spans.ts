// Which part of a sentence to quote: the whole sentence when it is short; otherwise the item
// of a "；" list that holds the chosen figures, and within a long item the clauses from the
// one that names what is asked to the figure. Always a contiguous piece of the printed text.
// Runtime-neutral.
import { bareItemName, type Candidate } from '../retrieve/candidates';
import { withoutQuotes } from '../retrieve/coverage';
import type { Pick } from '../retrieve/picks';
import { termCoverage } from '../retrieve/terms';
import type { Query } from '../retrieve/understand';
import { splitClauses, type Span } from '../text/sentences';

/** Sentences up to this many normalised characters are quoted whole. */
export const WHOLE_SENTENCE = 90;
/** How many clauses before the figure may be added to name its subject. */
const MAX_BACK = 3;

/** A sentence and the figures chosen from it. */
export interface Quoted {
  candidate: Candidate;
  picks: Pick[];
}

export function quoteSpan(s: Quoted, q: Query): Span {
  const c = s.candidate;
  const whole = { start: c.start, end: c.end };
  if (c.normalized.text.length <= WHOLE_SENTENCE) return trim(c.passage.text, whole);

  const { text: normText, map } = c.normalized;
  const normIndex = (pos: number): number => {
    const i = map.findIndex((m) => m >= pos);
    return i < 0 ? normText.length : i;
  };
  const clauses = splitClauses(c.text, { start: 0, end: c.text.length });
  const mentions = (i: number): number => {
    const cl = clauses[i];
    if (!cl) return 0;
    // a name quoted within (用『心』學攝影) is still that name
    const text = withoutQuotes(normText.slice(normIndex(cl.start), normIndex(cl.end)));
    return q.terms.reduce((sum, t) => sum + t.weight * termCoverage(t, text), 0);
  };
  const clauseAt = (pos: number): number => Math.max(0, clauses.findIndex((cl) => cl.start <= pos && pos < cl.end));
  // items of a "；" list: the clause index each item starts at
  const itemStart = (i: number): number => {
    let k = i;
    while (k > 0 && !/[;；]$/.test(c.text.slice(clauses[k - 1]!.start, clauses[k - 1]!.end).trim())) k--;
    return k;
  };
  const itemEnd = (i: number): number => {
    let k = i;
    while (k < clauses.length - 1 && !/[;；]$/.test(c.text.slice(clauses[k]!.start, clauses[k]!.end).trim())) k++;
    return k;
  };

  let targets = s.picks.map((p) => clauseAt(map[p.figure.start] ?? 0));
  if (targets.length === 0) {
    // no figure asked: the clause that names the most of the question
    const scores = clauses.map((_, i) => mentions(i));
    targets = [scores.indexOf(Math.max(...scores))];
  }
  const lo = Math.min(...targets);
  const hi = Math.max(...targets);
  let first = lo;
  let last = hi;
  if (itemStart(lo) > 0 || itemEnd(hi) < clauses.length - 1) {
    // a list: the whole item (「任職滿 30年者，請頒一等服務獎章」)
    first = itemStart(lo);
    last = itemEnd(hi);
    // an item with no words of its own before its figure (6人參加中高級班, 中高級班1名) takes the item
    // before it, which says what both count
    const lead = c.text.slice(clauses[first]!.start, clauses[first]!.end);
    if (first > 0 && (/^\s*\d/.test(lead) || bareItemName(lead) !== null)) first = itemStart(first - 1);
  } else {
    // reach back to the clause that names the subject best, when the figure's own clause names it less
    let most = mentions(lo);
    const named = most;
    for (let k = lo - 1; k >= Math.max(0, lo - MAX_BACK); k--) {
      if (mentions(k) > most) {
        first = k;
        most = mentions(k);
      }
    }
    if (first === lo && named === 0) {
      // a figure whose clause names nothing of the question (112 年 1 月 13 日，…熊本市…訪團來高): the
      // nearest clause after it that names some says what the figure is of; else the clause before it
      const ahead = clauses.findIndex((_, k) => k > hi && k <= hi + MAX_BACK && mentions(k) > 0);
      if (ahead > 0) last = ahead;
      else if (lo > 0) first = lo - 1;
    }
  }
  return trim(c.passage.text, { start: c.start + (clauses[first]?.start ?? 0), end: c.start + (clauses[last]?.end ?? c.text.length) });
}

/** Drops leading and trailing clause punctuation and whitespace from a span. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s，,；;：:、]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s，,；;：:、]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
