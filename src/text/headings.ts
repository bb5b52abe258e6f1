// Heading markers of the reports and their levels:
//   壹、 貳、 … 參拾壹、 (1) · 一、 (2) · （一）/(一) (3) · 1. (4) · (1)/（1）/- (1) (5) · a. (6)
// and, in 002, a bullet whose symbol was lost in extraction: a line that opens with "(" and
// never closes it (level 5.5). Unnumbered headings get fractional levels in sections.ts.

export interface Enumerator {
  level: number;
  ordinal: number;
  /** the marker as printed, e.g. "（一）" */
  marker: string;
}

const FORMAL_DIGITS: Record<string, number> = { 壹: 1, 貳: 2, 參: 3, 肆: 4, 伍: 5, 陸: 6, 柒: 7, 捌: 8, 玖: 9 };
const PLAIN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 參拾壹 = 31, 十一 = 11, 貳拾 = 20 */
export function chineseNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '拾' || ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '佰' || ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else {
      digit = FORMAL_DIGITS[ch] ?? PLAIN_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

const PATTERNS: { level: number; re: RegExp; ordinal: (m: RegExpMatchArray) => number }[] = [
  { level: 1, re: /^([壹貳參肆伍陸柒捌玖拾佰]+)、/, ordinal: (m) => chineseNumeral(m[1] ?? '') },
  { level: 2, re: /^([一二三四五六七八九十]+)、/, ordinal: (m) => chineseNumeral(m[1] ?? '') },
  { level: 3, re: /^(?:-\s*)?[（(]\s*([一二三四五六七八九十]+)\s*[）)]/, ordinal: (m) => chineseNumeral(m[1] ?? '') },
  { level: 4, re: /^(\d{1,2})\s*[.．、](?=\D|\d{2,3}\s*年|(?:19|20)\d{2}\D)/, ordinal: (m) => Number(m[1]) },
  { level: 5, re: /^(?:-\s*)?[（(]\s*(\d{1,2})\s*[）)]/, ordinal: (m) => Number(m[1]) },
  { level: 6, re: /^([a-h])[.．]/, ordinal: (m) => (m[1] ?? 'a').charCodeAt(0) - 96 },
  // "(修正無障礙之家編制表": an opening parenthesis that is never closed on the line
  { level: 5.5, re: /^\((?=[\u3400-\u9fff])(?![^)）]*[)）])/, ordinal: () => 0 },
];

export function matchEnumerator(line: string): Enumerator | null {
  const text = line.trim();
  for (const p of PATTERNS) {
    const m = text.match(p.re);
    if (m) return { level: p.level, ordinal: p.ordinal(m), marker: m[0] };
  }
  return null;
}
