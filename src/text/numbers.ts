// Figures as the reports print them: counts with units (1,940人, 57場次, 35(1)人),
// percentages (33.02%), amounts with Chinese magnitudes (41億4,612萬0,193元, 3萬2千元),
// dates (113年7月4日, 111年7月1日至112年3月15日) and years. Works on normalised text
// (see normalize.ts): no spaces, NFKC, so "41億 4,612萬 0,193元" arrives as one run.

export type FigureKind =
  | 'percent'
  | 'money'
  | 'count'
  | 'duration'
  | 'rate'
  | 'date'
  | 'year'
  | 'ordinal'
  | 'number';

export interface Figure {
  text: string;
  start: number;
  end: number;
  kind: FigureKind;
  /** unit as printed after the number ('' for a bare number) */
  unit: string;
  /** numeric value of the leading number, magnitudes applied (億, 萬, 千, 百) */
  value: number | null;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MAGNITUDE = String.raw`(?:${NUM}[億萬千百])+(?:${NUM})?`;
const AMOUNT = String.raw`(?:${MAGNITUDE}|${NUM})(?:餘|多)?(?:\(\d+\))?`;

// Longest first, so that 人次 wins over 人 and 個機關 over 個.
export const UNITS = [
  '平方公尺', '個機關', '個班期', '個單位', '個團隊', '人天次', '瀏覽人次', '個月',
  '人次', '場次', '車次', '梯次', '周年', '週年', '班期', '小時', '大類', '千元', '萬元', '億元', '職等', '公里', '公尺', '公頃',
  '元', '人', '名', '位', '員', '場', '班', '門', '件', '家', '個', '次', '份', '對', '年', '天', '週', '厘', '折',
  '類', '期', '項', '科', '所', '區', '組', '筆', '部', '屆', '席', '台', '輛', '隊', '團', '國', '案', '篇', '則', '歲', '倍', '成',
  '間', '床', '棟', '坪', '頁', '艘', '顆', '棵', '株', '隻', '套', '幅', '堂', '節', '座', '條', '支', '處', '戶', '架', '%', '‰',
  // 五大主題, 7大學苑: so many of what follows
  '大',
];

const UNIT_RE = UNITS.join('|');
const DAY = String.raw`\d{1,2}日`;
const MONTH = String.raw`\d{1,2}月(?:份)?`;
const YEAR = String.raw`(?:\d{2,3}|19\d{2}|20\d{2})年(?:度)?`;
const DATE_ONE = String.raw`(?:${YEAR}(?:${MONTH}(?:${DAY}(?:及\d{1,2}日)*)?)?|${MONTH}(?:${DAY}(?:及\d{1,2}日)*)?|${DAY})`;
const DATE = String.raw`${DATE_ONE}(?:(?:至|到|~|-)${DATE_ONE}|(?:至|到|~|-)\d{1,2}(?:日|月))?`;

const FIGURE_RE = new RegExp(
  // "49.6.％" (a stray full stop before the per-cent sign, as printed in 002) is still 49.6%
  String.raw`(?<!\d|\d[.,])(?:(${DATE})(?!\d)|(${AMOUNT})(?:\.(?=%))?(?:(${UNIT_RE})|(?![\d])))`,
  'gu',
);

const MAG: Record<string, number> = { 億: 1e8, 萬: 1e4, 千: 1e3, 百: 1e2 };

/** Numeric value of an amount such as "42億6,905萬4,051" or "3萬2千" or "1,940". */
export function parseAmount(text: string): number | null {
  const parts = text.replace(/[(].*$/, '').replace(/[餘多]$/, '').match(/[\d,.]+[億萬千百]?/g);
  if (!parts) return null;
  let total = 0;
  for (const p of parts) {
    const mag = MAG[p.slice(-1)];
    const n = Number((mag ? p.slice(0, -1) : p).replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    total += mag ? n * mag : n;
  }
  return total;
}

/** ROC years are two or three digits; AD years four. */
export function isYearNumber(n: number): boolean {
  return (n >= 60 && n <= 150) || (n >= 1900 && n <= 2100);
}

function classify(amount: string, unit: string, before: string): FigureKind {
  // 第3期, 第2班期, 第330次: which one, not how many
  if (before === '第') return 'ordinal';
  if (unit === '%' || unit === '‰') return 'percent';
  if (/元$/.test(unit)) return 'money';
  // an interest rate (1.5厘) or a discount (9折)
  if (unit === '厘' || unit === '折') return 'rate';
  if (unit === '年') {
    const n = parseAmount(amount) ?? 0;
    // "每 3年", "任職滿 30年" are durations; "113年" is a year.
    return isYearNumber(n) && !/[滿每共計約近逾達]$/.test(before) ? 'year' : 'duration';
  }
  if (['個月', '天', '週', '小時', '周年', '週年'].includes(unit)) return 'duration';
  if (unit === '') return 'number';
  return 'count';
}

/** A list item's number glued to the year that opens it (「3.106年11月媒合…」): no figure 3.106年. */
const ITEM_BEFORE_YEAR = /(?<![\d.,])\d{1,2}\.(?=(\d{2,3}|19\d{2}|20\d{2})年)/g;

/** The text with such item numbers blanked out (same length, so offsets hold). */
function withoutItemNumbers(text: string): string {
  return text.replace(ITEM_BEFORE_YEAR, (marker, year: string) => (isYearNumber(Number(year)) ? ' '.repeat(marker.length) : marker));
}

/** Words before a bare 「N日」 that make it a number of days (公假 5日, 共 3日, 為期 2日). */
const DAYS_BEFORE = /(?:假|共|計|為期)\s*$/;

/**
 * A lone Chinese digit before a unit (五大主題, 每二年一次, 六歲以下, 第二期 as an ordinal): not part
 * of a longer numeral; not 一 (一般, 一級, 第一線); 兩, which mostly means both (兩國, 兩行政中心,
 * 兩班期分別於…), only counting sessions (…(一)、(二)兩場次，計189人參加).
 */
const CHINESE_DIGIT = new RegExp(String.raw`(?<![之零一二兩三四五六七八九十百千萬\d])(?:[二三四五六七八九](?=(?:${UNIT_RE}))|兩(?=(?:場次|梯次)(?!分別)))`, 'gu');
const DIGIT_OF: Record<string, string> = { 二: '2', 兩: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** The text with such digits written as Arabic ones (same length, so offsets hold). */
function withArabicDigits(text: string): string {
  return text.replace(CHINESE_DIGIT, (d) => DIGIT_OF[d] ?? d);
}

export function extractFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of withArabicDigits(withoutItemNumbers(text)).matchAll(FIGURE_RE)) {
    const start = m.index ?? 0;
    const whole = m[0];
    // as printed (五大, not 5大)
    const printed = text.slice(start, start + whole.length);
    if (m[1]) {
      const kind: FigureKind = /[月日]/.test(whole) || /[至到~-]/.test(whole) ? 'date' : 'year';
      if (kind === 'year') {
        const n = parseAmount(whole.replace(/年度?$/, '')) ?? 0;
        if (!isYearNumber(n)) {
          const before = text.slice(Math.max(0, start - 1), start);
          out.push({ text: printed, start, end: start + whole.length, kind: classify(whole.replace(/年度?$/, ''), '年', before), unit: '年', value: n });
          continue;
        }
      }
      const lead = whole.match(/^\d+/);
      // a day count after a leave or a total (公假 5日, 計 3日), not a day of the month
      if (/^\d{1,2}日$/.test(whole) && DAYS_BEFORE.test(text.slice(Math.max(0, start - 3), start))) {
        out.push({ text: printed, start, end: start + whole.length, kind: 'duration', unit: '日', value: lead ? Number(lead[0]) : null });
        continue;
      }
      out.push({ text: printed, start, end: start + whole.length, kind, unit: '', value: lead ? Number(lead[0]) : null });
      continue;
    }
    const amount = m[2] ?? '';
    const unit = m[3] ?? '';
    const before = text.slice(Math.max(0, start - 1), start);
    // 2年期定期儲金: the name of a deposit, not a length of time
    const named = unit === '年' && text[start + whole.length] === '期';
    out.push({
      text: printed,
      start,
      end: start + whole.length,
      kind: named ? 'number' : classify(amount, unit, before),
      unit,
      value: parseAmount(amount),
    });
  }
  return out;
}

/**
 * Times the reports give in words, not digits (於年中舉行, 當月遴員補足, 每年定期辦理): a loose answer
 * to when. Not after a date's own digits (104年底 is that year's end).
 */
const TIME_WORD = /(?<![\d年月日])(?:年初|年中|年底|月初|月中|月底|當月|每年|每月|每季|每週|每半年|隔年|翌年)/gu;

/** A figure that is a time in words: it names no day, month or year of its own. */
export const isTimeWord = (f: { kind: FigureKind; text: string }): boolean => f.kind === 'date' && !/\d/.test(f.text);

/** The times in words of a text, as date figures with no value. */
export function extractTimeWords(text: string): Figure[] {
  return [...text.matchAll(TIME_WORD)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'date' as const, unit: '', value: null }));
}

/** Search tokens for the figures in a text: the figure as printed and its bare number. */
export function figureTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const f of extractFigures(text)) {
    tokens.push(f.text);
    if (/[億萬千百]/.test(f.text)) continue; // "41億…" is not the number 41
    const bare = f.text.match(new RegExp(`^${NUM}`))?.[0];
    if (bare && bare !== f.text) tokens.push(bare);
    if (bare?.includes(',')) tokens.push(bare.replace(/,/g, ''));
  }
  return tokens;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const NUMERAL_OF = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number below 100 in Chinese numerals (9 → 九, 12 → 十二, 20 → 二十): chineseNumber's inverse; null otherwise. */
export function chineseNumeral(n: number): string | null {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return null;
  const tens = Math.floor(n / 10);
  return `${tens === 0 ? '' : `${tens === 1 ? '' : NUMERAL_OF[tens]}十`}${NUMERAL_OF[n % 10]}`;
}

/** The value of a Chinese numeral below a thousand (三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105); null if it is not one. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in CHINESE_DIGITS) digit = CHINESE_DIGITS[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit ?? 1) * (ch === '十' ? 10 : 100);
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}
