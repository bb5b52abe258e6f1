// ROC (民國) years and the periods the reports speak of. 113年 = 2024.
// Works on normalised text (normalize.ts): no spaces, NFKC.

export const ROC_OFFSET = 1911;
export const rocToAd = (roc: number): number => roc + ROC_OFFSET;
export const adToRoc = (ad: number): number => ad - ROC_OFFSET;

export interface YearMention {
  roc: number;
  start: number;
  end: number;
  /** the year was written as an AD year (2023年) */
  ad: boolean;
}

const ROC_RE = /(?<!\d|\d[.,])(?:民國)?(\d{2,3})(?:年|全年|上半年|下半年)/g;
const ROC_RANGE_RE = /(?<!\d|\d[.,])(\d{2,3})[-~至](\d{2,3})年/g;
const AD_RE = /(?<!\d|\d[.,])((?:19|20)\d{2})(?:年|~|-(?=(?:19|20)\d{2}))/g;

function plausibleRoc(n: number): boolean {
  return n >= 60 && n <= 150;
}

/** Years mentioned in a normalised text, as ROC years. */
export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(ROC_RANGE_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (plausibleRoc(a) && plausibleRoc(b) && b >= a && b - a < 10) {
      for (let y = a; y <= b; y++) out.push({ roc: y, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ad: false });
    }
  }
  for (const m of text.matchAll(ROC_RE)) {
    const n = Number(m[1]);
    const before = text[(m.index ?? 0) - 1] ?? '';
    if (plausibleRoc(n) && !/[滿每共計約近逾達第]/.test(before)) {
      out.push({ roc: n, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ad: false });
    }
  }
  for (const m of text.matchAll(AD_RE)) {
    out.push({ roc: adToRoc(Number(m[1])), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, ad: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Rewrites AD years in a question as ROC years and keeps the AD form beside it, because it
 * may be part of a name ("2023年高雄燈會"). A bare "2024" (English questions) becomes "113年";
 * in Chinese text only "2024年" counts, so that a hotline such as 1999 stays a number — and in
 * English too when `isName` says the number is a name (the reports print 1999 only as the hotline's).
 */
export function rewriteAdYears(text: string, allowBare: boolean, isName: (digits: string) => boolean = () => false): string {
  return text.replace(/(?<!\d|\d[.,])((?:19|20)\d{2})(年度?|(?![\d]))/g, (whole, y: string, suffix: string) => {
    const roc = adToRoc(Number(y));
    if (!plausibleRoc(roc) || (!suffix && (!allowBare || isName(y)))) return whole;
    return suffix ? `${y}${suffix}(${roc}${suffix})` : `${roc}年`;
  });
}

/** What joins two years of a span (2015~2016, 2015至2016). */
const SPAN_MARKS = ['~', '-', '至', '到'];

/**
 * Whether the reports print a four-digit number only as a name (1999 of the city hotline): they
 * print it, and never as a year — with 年, or in a span of years (2015~2016).
 */
export function printedOnlyAsName(digits: string, used: (text: string) => boolean): boolean {
  if (!used(digits) || used(`${digits}年`)) return false;
  return !SPAN_MARKS.some((mark) => used(`${digits}${mark}`) || used(`${mark}${digits}`));
}

/** Which part of a year a text speaks of. */
export type PeriodPart = 'H1' | 'H2' | 'FULL' | 'END';

export interface PeriodTag {
  parts: Set<PeriodPart>;
  /** "本期": the report's own period */
  current: boolean;
  /** a specific month asked for or mentioned (截至12月, 12月已有…) */
  months: Set<number>;
}

const H2_RE = /下半年|(?:^|[^\d])7月?(?:份)?(?:至|到|~|-)12月/;
const H1_RE = /上半年|(?:^|[^\d])1月?(?:份)?(?:至|到|~|-)6月/;
const FULL_RE = /全年|(?:^|[^\d])1月?(?:份)?(?:至|到|~|-)12月|整年/;
const END_RE = /年底|12月底|12月31日|截至\d{0,3}年?12月|至\d{0,3}年?12月(?:份)?止/;
const MONTH_RE = /(?<![\d年])(\d{1,2})月|年(\d{1,2})月/g;

export function findPeriod(text: string): PeriodTag {
  const parts = new Set<PeriodPart>();
  if (H2_RE.test(text)) parts.add('H2');
  if (H1_RE.test(text)) parts.add('H1');
  if (FULL_RE.test(text)) parts.add('FULL');
  if (END_RE.test(text)) parts.add('END');
  const months = new Set<number>();
  for (const m of text.matchAll(MONTH_RE)) {
    const n = Number(m[1] ?? m[2]);
    if (n >= 1 && n <= 12) months.add(n);
  }
  return { parts, current: /本期|本會期|本次/.test(text), months };
}
