// What a sentence means against the question, and against the question without one of its
// words. When the question, with a word the sentence lacks taken out, comes nearer in meaning
// to the sentence, the sentence does not speak to that word: the question asks a detail (幾個是
// 女生, 講師是誰, 幾對結婚) of a thing the sentence only counts. When the sentence says the word
// in other words (參訓 for 上課), taking it out moves the question away. Runtime-neutral.
import type { Candidate } from './candidates';
import { RANKING } from './ranking-options';
import { isAskedName, termCoverage, type Term } from './terms';
import type { Query } from './understand';

/** Similarity in meaning of a question text to each candidate, by candidate id (absent without embeddings). */
export type Similarities = Map<string, number>;

/** A part's search text with one of its terms taken out. */
export interface Drop {
  term: string;
  text: string;
}

/**
 * The question's terms to take out one at a time, as they stand in the search text (none of a
 * long text): a name beside the asking words first (幾位翻譯: what is counted), then the heaviest.
 */
export function dropsOf(q: Query, search: string): Drop[] {
  if (search.length > RANKING.meaningLongest) return [];
  const asked = (t: Term): number => (isAskedName(t) ? 1 : 0);
  return q.terms
    .filter((t) => t.text.length >= 2 && search.includes(t.text))
    .sort((a, b) => asked(b) - asked(a) || b.weight - a.weight)
    .slice(0, RANKING.meaningDrops)
    .map((t) => ({ term: t.text, text: search.split(t.text).join('') }));
}

const lacks = (t: Term, c: Candidate): boolean => termCoverage(t, c.normalized.text) < RANKING.absent;

/** Over the terms the sentence lacks, how the question's similarity to it moves when one is taken out, each from 0 to 1 (at RANKING.meaningRise). */
export interface MeaningShift {
  /** the most it comes nearer: the sentence does not speak to that term */
  lacking: number;
  /** the most it moves away: the sentence says that term in other words */
  kept: number;
}

export function meaningShift(q: Query, c: Candidate, similarity: number | null, without: ReadonlyMap<string, Similarities> | null): MeaningShift {
  if (similarity === null || !without) return { lacking: 0, kept: 0 };
  let rise = 0;
  let fall = 0;
  for (const t of q.terms) {
    const sim = without.get(t.text)?.get(c.id);
    if (sim === undefined || !lacks(t, c)) continue;
    rise = Math.max(rise, sim - similarity);
    fall = Math.max(fall, similarity - sim);
  }
  const share = (x: number): number => Math.min(1, x / RANKING.meaningRise);
  return { lacking: share(rise), kept: share(fall) };
}
