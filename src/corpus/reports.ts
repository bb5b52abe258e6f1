// What each report is: title, agency, kind and the period it covers (ROC and AD).
// Read from seeds/manifest.json; a report without an entry gets them guessed from its text.
// Runtime-neutral.
import { z } from 'zod';
import { norm } from '../text/normalize';
import { rocToAd } from '../text/years';

export const REPORT_KINDS = ['施政計畫', '施政績效成果', '業務報告', '其他'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const YEAR_MONTH = /^(\d{2,3})-(\d{2})$/;

export const ManifestEntrySchema = z.object({
  title: z.string().min(1),
  agency: z.string().min(1),
  kind: z.enum(REPORT_KINDS),
  period: z.object({ from: z.string().regex(YEAR_MONTH), to: z.string().regex(YEAR_MONTH) }),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export const SeedManifestSchema = z.record(z.string(), ManifestEntrySchema);

export interface ReportPeriod {
  /** ROC year and month, inclusive */
  from: { year: number; month: number };
  to: { year: number; month: number };
  /** "113年7月至12月" */
  label: string;
  /** "2024-07 – 2024-12" */
  adLabel: string;
}

export interface ReportInfo {
  docId: string;
  title: string;
  agency: string;
  kind: ReportKind;
  period: ReportPeriod;
  /** how the information was obtained */
  source: 'manifest' | 'guessed';
}

function parseYearMonth(text: string): { year: number; month: number } {
  const m = text.match(YEAR_MONTH);
  return { year: Number(m?.[1] ?? 0), month: Number(m?.[2] ?? 1) };
}

export function makePeriod(from: { year: number; month: number }, to: { year: number; month: number }): ReportPeriod {
  const pad = (n: number): string => String(n).padStart(2, '0');
  let label: string;
  if (from.year === to.year && from.month === 1 && to.month === 12) label = `${from.year}年度`;
  else if (from.year === to.year) label = `${from.year}年${from.month}月至${to.month}月`;
  else label = `${from.year}年${from.month}月至${to.year}年${to.month}月`;
  return {
    from,
    to,
    label,
    adLabel: `${rocToAd(from.year)}-${pad(from.month)} – ${rocToAd(to.year)}-${pad(to.month)}`,
  };
}

export function reportFromManifest(docId: string, entry: ManifestEntry): ReportInfo {
  return {
    docId,
    title: entry.title,
    agency: entry.agency,
    kind: entry.kind,
    period: makePeriod(parseYearMonth(entry.period.from), parseYearMonth(entry.period.to)),
    source: 'manifest',
  };
}

/** ROC years the report's period touches. */
export function periodYears(p: ReportPeriod): number[] {
  const out: number[] = [];
  for (let y = p.from.year; y <= p.to.year; y++) out.push(y);
  return out;
}

const TITLE_LINE = /(施政計畫|施政績效|業務報告|工作報告|成果報告)/;
const AGENCY = /高雄市政府[^\s，。、]*?(?:處|局|委員會|中心)/;

/** Title, agency, kind and period of a report that has no manifest entry. */
export function guessReport(docId: string, text: string): ReportInfo {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const head = lines.slice(0, 60);
  const candidates = head.filter((l) => TITLE_LINE.test(l) && l.length <= 50);
  const titleLine = candidates.find((l) => AGENCY.test(l)) ?? candidates[0] ?? head[0] ?? docId;
  const heading = titleLine.replace(/^[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十]+、/, '').replace(/\s+/g, '');
  const agency = heading.match(AGENCY)?.[0] ?? '高雄市政府';
  const kind: ReportKind = /施政計畫/.test(heading)
    ? '施政計畫'
    : /施政績效|成果報告/.test(heading)
      ? '施政績效成果'
      : /業務報告|工作報告/.test(heading)
        ? '業務報告'
        : '其他';

  const flat = norm(head.join('\n'));
  const range = flat.match(/(\d{2,3})年(\d{1,2})月(?:\d{1,2}日)?至(\d{2,3})年(\d{1,2})月/);
  const fiscal = norm(heading).match(/(\d{2,3})年度/);
  let period: ReportPeriod;
  if (range) {
    period = makePeriod({ year: Number(range[1]), month: Number(range[2]) }, { year: Number(range[3]), month: Number(range[4]) });
  } else if (fiscal) {
    const y = Number(fiscal[1]);
    period = makePeriod({ year: y, month: 1 }, { year: y, month: 12 });
  } else {
    // the year the text names most often, and its second half when "7月至12月" dominates
    const all = norm(text);
    const counts = new Map<number, number>();
    for (const m of all.matchAll(/(?<!\d|\d[.,])(\d{2,3})(?=年)/g)) {
      const y = Number(m[1]);
      if (y >= 60 && y <= 150) counts.set(y, (counts.get(y) ?? 0) + 1);
    }
    const year = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
    const secondHalf = new RegExp(`${year}年7月至12月`).test(all);
    period = makePeriod({ year, month: secondHalf ? 7 : 1 }, { year, month: 12 });
  }
  // a chapter heading alone ("人事") says little: add the period it covers
  const title = heading.length <= 6 ? `${heading}（${period.label}）` : heading;
  return { docId, title, agency, kind, period, source: 'guessed' };
}
