// What to say to a message that asks for nothing in the reports: a greeting, thanks, a
// question about the assistant, or a question that names nothing to look for. Runtime-neutral.
import type { Intent } from '../retrieve/intent';
import type { Query } from '../retrieve/understand';

const EXAMPLES = '例如：「113年下半年辦理退休的有多少人？」或「106年原住民進用比例是多少？」';

/** The reply to a question that names nothing to look for (「你好」, 「113年」, 「？？？」). */
export const GUIDANCE = `請告訴我想查詢報告中的哪一項資料，${EXAMPLES}。`;

const THANKS = `不客氣！還想查什麼，直接問我就可以，${EXAMPLES}。`;

const CAPABILITIES =
  '我從高雄市政府的報告（人事處 104、106、113 年的業務報告、施政計畫與績效報告，及行政暨國際處 111–112 年的業務報告）' +
  `找出數字與事實，逐字引用原文，並附上出處（報告、章節、行數）；報告中沒有的資料，我會直接說沒有。${EXAMPLES}。` +
  '也可以請我「列出」某類項目，或「整理」某一份報告的章節。';

export function guidanceFor(intent: Intent, q: Query): string | null {
  if (intent === 'thanks') return THANKS;
  if (intent === 'capabilities') return CAPABILITIES;
  if (intent === 'greeting' || q.terms.length === 0) return GUIDANCE;
  return null;
}
