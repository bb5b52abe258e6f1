// The meaning of a clause. A sentence that reports several figures (女性首長及副首長 69 人、
// 簡任主任秘書…37 人；…相較上次會期，女性首長及副首長增加 4 人) is one vector, yet which figure
// answers depends on its own clause; and a name a who / which question asks for often ends a long sentence about
// something else (…代表市府參加金檔獎；另推薦民政局秘書室陳主任淑鈴參加金質獎). The index embeds every
// clause of a sentence of several clauses (after its heading and the clause before it, which often
// names what the clause counts). The question's similarity to the clause of a candidate's chosen
// figure — or, with no figure chosen, to its nearest clause — is a feature of ranking and of the
// decision. Runtime-neutral.
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

/** Every clause of a candidate, as the index embeds it. */
export function clauseTexts(c: Candidate): ClauseText[] {
  if (!hasClauseVectors(c)) return [];
  return c.clauses.map((cl, i) => {
    const before = c.clauses[i - 1]?.text ?? '';
    return { id: clauseId(c.id, cl.start), text: `${c.heading}：${before}${cl.text}`.replace(/\s+/g, ' ') };
  });
}

/** The ids of every clause of a candidate that has a vector. */
export function clauseIds(c: Candidate): string[] {
  return hasClauseVectors(c) ? c.clauses.map((cl) => clauseId(c.id, cl.start)) : [];
}

/** The question's similarity to the clause holding a position of the candidate (its figure), when that clause has a vector. */
export function clauseSimilarity(c: Candidate, position: number, similarities: Similarities | null): number | undefined {
  if (!similarities || !hasClauseVectors(c)) return undefined;
  const clause = c.clauses[clauseAt(c, position)];
  return clause ? similarities.get(clauseId(c.id, clause.start)) : undefined;
}

/** The question's similarity to the candidate's nearest clause, when its clauses have vectors. */
export function nearestClauseSimilarity(c: Candidate, similarities: Similarities | null): number | undefined {
  if (!similarities || !hasClauseVectors(c)) return undefined;
  const found = clauseIds(c).flatMap((id) => similarities.get(id) ?? []);
  return found.length > 0 ? Math.max(...found) : undefined;
}
