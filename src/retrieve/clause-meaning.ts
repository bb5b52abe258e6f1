// The meaning of the clause a figure stands in. A sentence that reports several figures
// (女性首長及副首長 69 人、簡任主任秘書…37 人；…相較上次會期，女性首長及副首長增加 4 人) is one
// vector, yet which figure answers depends on its own clause. The index embeds every clause of
// a sentence of several clauses that holds a figure (after its heading and the clause before
// it, which often names what the figure counts); the question's similarity to the clause of a
// candidate's chosen figure is a feature of ranking and of the decision. Runtime-neutral.
import { clauseAt, type Candidate } from './candidates';
import type { Similarities } from './meaning';

/** A clause's id in the sentence vector table: its sentence's id and where it starts in the normalised sentence. */
export const clauseId = (candidateId: string, clauseStart: number): string => `${candidateId}@${clauseStart}`;

export interface ClauseText {
  id: string;
  /** what the index embeds */
  text: string;
}

/** Whether a candidate's clauses get vectors of their own: a sentence of one clause is its own vector. */
const hasClauseVectors = (c: Candidate): boolean => c.kind === 'sentence' && c.clauses.length > 1;

/** The clauses of a candidate that hold a figure, as the index embeds them. */
export function figureClauseTexts(c: Candidate): ClauseText[] {
  if (!hasClauseVectors(c)) return [];
  return c.clauses.flatMap((cl, i) => {
    if (!c.figures.some((f) => f.start >= cl.start && f.start < cl.end)) return [];
    const before = c.clauses[i - 1]?.text ?? '';
    return [{ id: clauseId(c.id, cl.start), text: `${c.heading}：${before}${cl.text}`.replace(/\s+/g, ' ') }];
  });
}

/** The ids of every clause of a candidate that may have a vector. */
export function clauseIds(c: Candidate): string[] {
  return hasClauseVectors(c) ? c.clauses.map((cl) => clauseId(c.id, cl.start)) : [];
}

/** The question's similarity to the clause holding a position of the candidate (its figure), when that clause has a vector. */
export function clauseSimilarity(c: Candidate, position: number, similarities: Similarities | null): number | undefined {
  if (!similarities || !hasClauseVectors(c)) return undefined;
  const clause = c.clauses[clauseAt(c, position)];
  return clause ? similarities.get(clauseId(c.id, clause.start)) : undefined;
}
