// Which one of a series a text names: 第2類人員, 第330次市政會議, 第六階段. A question naming one
// of a series is not answered by a sentence that names only others of it (第一類人員 for 第2類).
// Runtime-neutral.
import { chineseNumber } from '../text/numbers';

/** The words a series is counted in, longest first (班期 before 班, 梯次 before 次). */
const SERIES = '班期|梯次|階段|職等|順位|類|期|次|屆|場|班|組|項|名|季|波|輪';

/** 第 + a number in digits or Chinese numerals + what it counts. */
const ORDINAL = new RegExp(`第(\\d+|[零〇一二兩三四五六七八九十百]+)(${SERIES})`, 'g');

/** Each ordinal the text names, as `number + series` (第六階段 → 6階段); an unreadable numeral is left out. */
export function ordinalsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    if (n !== null) out.push(`${n}${m[2]}`);
  }
  return out;
}

/** The series of an ordinal as ordinalsOf writes it (6階段 → 階段). */
const seriesOf = (ordinal: string): string => ordinal.replace(/^\d+/, '');

/**
 * Whether the question names one of a series and the sentence, with the text around it (its
 * section, the sentences before it, its part of the report), names others of that series and never
 * that one: 第2類人員 of a part that lists only 第一類人員 is not in the reports.
 */
export function ordinalConflict(question: string, sentence: string, around = ''): boolean {
  const asked = ordinalsOf(question);
  if (asked.length === 0) return false; // most questions: the text around is not read
  const named = [...ordinalsOf(sentence), ...ordinalsOf(around)];
  return asked.some((one) => !named.includes(one) && named.some((o) => seriesOf(o) === seriesOf(one)));
}
