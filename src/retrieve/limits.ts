// How much of a request is analysed: bounded, so that no valid input holds the event loop for
// long (measured: a 2,000-character paste read with all its 330 terms took 1.3 s; a
// 20,000-character history turn 2.2 s). Runtime-neutral.
export const WORK_LIMITS = {
  /** the most telling terms a question is read by (the questions in test/fixtures have at most 11) */
  terms: 24,
  /** earlier user turns a follow-up is read against: the conversation's topic is in the last few */
  historyTurns: 3,
  /** characters of each earlier user turn that are read: a question's length, not a pasted report's */
  turnChars: 300,
  /** characters of each text a message is searched with (lexical tokens and the question's vector) */
  searchChars: 300,
  /** candidates whose features are computed between two yields (≈ 15 ms for a long message's part) */
  featureStep: 25,
  /** past this many candidates the relaxed query (needed only for a 「報告中沒有」) is featurised up front, in steps; below, when needed, at once (≈ 15 ms at most) */
  relaxedUpFront: 200,
  /** terms whose rarity and long forms are remembered (least recently used forgotten): memory does not grow with every new word asked */
  cachedTerms: 20_000,
  /** passages a term's rarity is counted over (evenly spread): past this, a sample estimates it (a term unseen in it counts as rare, not unused) */
  rarityPassages: 5_000,
  /** occurrences of a character the contraction search goes through (the bundled reports' commonest, 人, has ≈ 1,000): bounds it in a corpus far larger */
  scannedOccurrences: 20_000,
} as const;

/** At most `limit` items, evenly spread over the list (all of them when it is no longer). */
export function spread<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  return Array.from({ length: limit }, (_, i) => items[Math.floor((i * items.length) / limit)]!);
}

/** The heaviest `limit` terms, in their order in the question. */
export function heaviest<T extends { weight: number }>(terms: T[], limit: number): T[] {
  if (terms.length <= limit) return terms;
  const kept = new Set([...terms].sort((a, b) => b.weight - a.weight).slice(0, limit));
  return terms.filter((t) => kept.has(t));
}
