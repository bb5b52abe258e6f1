// A kind of report the question names (施政計畫裡…, 業務報告中…): its answer comes from a report
// of that kind. Runtime-neutral.

/** Words users name a kind of report by, beyond the kind itself (績效報告 for 施政績效成果). */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  施政計畫: /施政計[畫劃]/,
  業務報告: /業務報告/,
  施政績效成果: /施政績效(?:成果)?(?:報告)?|績效報告|成果報告/,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The kinds of report a (normalised) question names, as the reports' manifest spells them: the
 * kinds above, whether or not a report of that kind is loaded (then none answers), and those of
 * the reports there are.
 */
export function namedReports(text: string, kinds: readonly string[]): string[] {
  return [...new Set([...Object.keys(KIND_WORDS), ...kinds])].filter((kind) => (KIND_WORDS[kind] ?? new RegExp(escape(kind))).test(text));
}
