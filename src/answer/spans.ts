// Which part of a sentence to quote: the whole sentence when it is short; otherwise the
// clauses that hold the chosen figures, extended back to the clause that names what the
// question asks about. Always a contiguous piece of the printed text. Runtime-neutral.
import type { Scored } from '../retrieve/rerank';
import { termCoverage } from '../retrieve/terms';
import type { Query } from '../retrieve/understand';
import { splitClauses, type Span } from '../text/sentences';

/** Sentences up to this many normalised characters are quoted whole. */
export const WHOLE_SENTENCE = 90;
/** How many clauses before the figure may be added to name its subject. */
const MAX_BACK = 3;

/** Offsets in the passage text of the part of the candidate sentence to quote. */
export function quoteSpan(s: Scored, q: Query): Span {
  const c = s.candidate;
  const whole = { start: c.start, end: c.end };
  if (c.normalized.text.length <= WHOLE_SENTENCE) return trim(c.passage.text, whole);

  const clauses = splitClauses(c.text, { start: 0, end: c.text.length });
  const clauseAt = (pos: number): number => Math.max(0, clauses.findIndex((cl) => cl.start <= pos && pos < cl.end));
  const { text: normText, map } = c.normalized;
  const normIndex = (pos: number): number => {
    const i = map.findIndex((m) => m >= pos);
    return i < 0 ? normText.length : i;
  };
  const mentions = (i: number): number => {
    const cl = clauses[i];
    if (!cl) return 0;
    const text = normText.slice(normIndex(cl.start), normIndex(cl.end));
    return q.terms.reduce((sum, t) => sum + t.weight * termCoverage(t, text), 0);
  };

  let targets = s.picks.map((p) => clauseAt(map[p.figure.start] ?? 0));
  if (targets.length === 0) {
    // no figure asked: the clause that names the most of the question
    const scores = clauses.map((_, i) => mentions(i));
    targets = [scores.indexOf(Math.max(...scores))];
  }
  let first = Math.min(...targets);
  const last = Math.max(...targets);
  // reach back to the clause naming the subject, when the figure's own clause does not
  const named = mentions(first);
  for (let k = first - 1; k >= Math.max(0, first - MAX_BACK); k--) {
    if (mentions(k) > named) {
      first = k;
      break;
    }
  }
  if (first === Math.min(...targets) && named === 0 && first > 0) first -= 1;
  const span = { start: c.start + (clauses[first]?.start ?? 0), end: c.start + (clauses[last]?.end ?? c.text.length) };
  return trim(c.passage.text, span);
}

/** Drops leading and trailing clause punctuation and whitespace from a span. */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s，,；;：:、]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s，,；;：:、]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
