// The structural numbers of the ranking features, in one place (like MiniSearch's options).
// They shape what a feature measures; how much each feature counts, and when the best
// candidate is good enough to answer, are fitted by `npm run tune` (see model.json).
export const RANKING = {
  /** how much a term near a figure fades with each clause between them */
  fadePerClause: 0.2,
  /** the least a term anywhere around the figure counts */
  farAway: 0.3,
  /** near a figure, a term beside the question's asking words counts this much more */
  nearCue: 1.2,
  /** a term in the sentence's opening clause counts at least this near every figure */
  opening: 0.8,
  /** …and in another item (after "；", or from 及 / 並 / 另 on) a term counts this share */
  otherItem: 0.5,
  /** a figure given as the total (計 43人) when several are of the asked unit: added to its local share when picking */
  total: 0.15,
  /** picking a figure: the question's word just after its asking words (幾個人參訓 → 參訓) in the figure's own clause adds this to its local share — it says what the counted did */
  predicate: 0.3,
  /** …and, asked how it ended (最後辦到幾班), a figure marked as the value after a change (追加辦理至150班) adds this, one marked as the value before it (原計畫…120班) loses it */
  endState: 0.3,
  /** …and, asked for a part of a whole (委員會裡已經達標的有幾個), a figure broken down into parts after it (計103個，其中…) loses this: it is the whole */
  partOf: 0.3,
  /** …and, asked for a whole (總共有幾個委員會), a figure announced as one (本府計107個委員會) adds this: not a part of it named after (符合規定之委員會86個) */
  wholeAnnounced: 0.5,
  /** …and a figure after the day the question names a thing by (7月30號那班) adds this: that day's figure, not the other one's */
  dayNamed: 0.5,
  /** …and a figure whose clause says the question's word is not so (尚未符合…13個), asked with no word of what is not (還差, 沒有), loses this */
  negated: 0.5,
  /** characters between a term and a figure at which their closeness has halved */
  proximityHalf: 6,
  /** picking a figure for a part about one of several things (A和B各…): closeness to that thing counts this much */
  facetCloseness: 1,
  /** below this a term is absent: not even half of its character pairs are there */
  absent: 0.25,
  /** …and from this on a text holds it (most of its character pairs) */
  held: 0.5,
  /** the retrieval prior fades as 1 / (1 + rank / this) */
  rankScale: 5,
  /** passages handed from retrieval to the ranking, per retrieval text */
  retrieved: 30,
  /** the passage after each of this many first passages comes too (a paragraph may run on into it) */
  followOn: 10,
  /** sentences nearest the question in meaning added to the candidates (dense search only) */
  nearestSentences: 12,
  /**
   * the question's heaviest terms taken out one at a time, to see whether a sentence that lacks one speaks to it (meaning.ts);
   * each is a text the model embeds: over every set, none 5,105 right, one 5,121, four 5,124 on one code, two 5,132 with the
   * session's last rules (README, "Tried")
   */
  meaningDrops: 2,
  /** …in a search text of at most this many characters (a question's length, an English one too): a pasted paragraph is not taken apart */
  meaningLongest: 120,
  /** the rise in similarity (bge cosine) without such a term at which the sentence plainly does not speak to it */
  meaningRise: 0.05,
} as const;
