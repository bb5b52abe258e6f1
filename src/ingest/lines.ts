// Classifies the extracted lines of a report: blank, page furniture (running headers, page
// numbers), photo captions, a budget table (read by budget.ts), and text. Also finds PDF pages (a line that opens with a single
// space starts a page) and how each page is laid out:
//   wrapped   — text hard-wrapped at a fixed width (000, 004): a short line ends a paragraph
//   paragraph — a paragraph a line (002, 003): a line without final punctuation continues
//   table     — a flattened table (001): many short cell fragments
import { matchEnumerator, type Enumerator } from '../text/headings';

export type LineKind = 'blank' | 'furniture' | 'caption' | 'budget' | 'text';
export type Layout = 'wrapped' | 'paragraph' | 'table';

export interface Line {
  /** 1-based line number in the seed */
  n: number;
  raw: string;
  text: string;
  kind: LineKind;
  page: number;
  layout: Layout;
  width: number;
  enumerator: Enumerator | null;
  /** the report's or a part's title at the top of a page ("高雄市政府人事處 106年度施政計畫") */
  title: boolean;
}

/** Visual width: CJK and full-width characters count 1, ASCII 0.5, spaces 0.25. */
export function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\t') w += 0.25;
    else if (ch.charCodeAt(0) < 0x2e80) w += 0.5;
    else w += 1;
  }
  return w;
}

const CAPTION_RE = /^照\s*片\s*\d+\s*[：:]/;
const PAGE_NUMBER_RE = /^\d{1,5}$/;
const HEADER_HINT_RE = /(報告|計畫|計劃)[（(][^）)]+[）)]$/;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Width above which a line counts as running to the right margin. */
export function fullWidthOf(lines: Line[]): number {
  return 0.85 * percentile(lines.filter((l) => l.kind === 'text').map((l) => l.width), 0.9);
}

function layoutOf(widths: number[]): Layout {
  if (widths.length === 0) return 'paragraph';
  const short = widths.filter((w) => w <= 8).length / widths.length;
  if (short >= 0.35) return 'table';
  // Hard-wrapped pages have a right margin: most lines stop near the same width.
  return percentile(widths, 0.9) <= 60 ? 'wrapped' : 'paragraph';
}

export function classifyLines(source: string): Line[] {
  const rawLines = source.replace(/\r/g, '').split('\n');
  const lines: Line[] = rawLines.map((raw, i) => {
    const text = raw.trim();
    return {
      n: i + 1,
      raw,
      text,
      kind: text === '' ? 'blank' : 'text',
      page: 0,
      layout: 'paragraph',
      width: visualWidth(text),
      enumerator: text === '' ? null : matchEnumerator(text),
      title: false,
    };
  });
  markFurniture(lines);
  markCaptions(lines);
  assignPages(lines);
  markTitles(lines);
  return lines;
}

const TITLE_RE = /(施政計畫|施政績效|業務報告|對照表|提要|工作報告)/;

function markTitles(lines: Line[]): void {
  const seen = new Set<number>();
  for (const l of lines) {
    if (l.kind !== 'text' || seen.has(l.page)) continue;
    seen.add(l.page);
    const t = l.text.replace(/\s/g, '');
    l.title = !l.enumerator && TITLE_RE.test(t) && t.length <= 45 && !/[。，；：:]/.test(t);
  }
}

function nonBlankNeighbours(lines: Line[], i: number, reach: number): Line[] {
  const out: Line[] = [];
  for (const dir of [-1, 1]) {
    let seen = 0;
    for (let j = i + dir; j >= 0 && j < lines.length && seen < reach; j += dir) {
      const l = lines[j];
      if (!l || l.kind === 'blank') continue;
      out.push(l);
      seen++;
    }
  }
  return out;
}

// A running header ("市政府各單位業務報告（行政暨國際處）") next to a page number ("6004"),
// or any short line repeated on several pages.
function markFurniture(lines: Line[]): void {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.kind === 'text' && l.width <= 30) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  lines.forEach((l, i) => {
    if (l.kind !== 'text') return;
    if (HEADER_HINT_RE.test(l.text) && !l.enumerator) {
      const pageNo = nonBlankNeighbours(lines, i, 2).find((n) => PAGE_NUMBER_RE.test(n.text));
      l.kind = 'furniture';
      if (pageNo) pageNo.kind = 'furniture';
    } else if ((counts.get(l.text) ?? 0) >= 3 && !PAGE_NUMBER_RE.test(l.text) && !l.enumerator && l.width >= 6) {
      l.kind = 'furniture';
    }
  });
}

// Photo captions and their wrapped continuation lines stay out of the answers' way.
function markCaptions(lines: Line[]): void {
  let previous: Line | null = null;
  for (const l of lines) {
    if (l.kind !== 'text') continue;
    if (CAPTION_RE.test(l.text)) {
      l.kind = 'caption';
      previous = l;
      continue;
    }
    if (previous && previous.width >= 28 && !l.enumerator && !/[。！？]$/.test(previous.text)) {
      l.kind = 'caption';
      previous = l;
      continue;
    }
    previous = null;
  }
}

const LAYOUT_WINDOW = 4;
// Running text on an A4 page holds 28–38 Chinese characters a line; table cells far fewer.
const RUNNING_TEXT_WIDTH = 24;

function assignPages(lines: Line[]): void {
  let page = 0;
  for (const l of lines) {
    if (l.kind !== 'blank' && /^ (?! )/.test(l.raw) && l.n > 1) page++;
    l.page = page;
  }
  const text = lines.filter((l) => l.kind === 'text');
  const docLayout = layoutOf(text.map((l) => l.width));
  const pageLayout = new Map<number, Layout>();
  for (const p of new Set(text.map((l) => l.page))) {
    const widths = text.filter((l) => l.page === p).map((l) => l.width);
    pageLayout.set(p, widths.length >= 10 ? layoutOf(widths) : docLayout);
  }
  // A table may fill only part of a page (004's staff statistics): on a table page, a
  // stretch of full-width lines is running text.
  text.forEach((l, i) => {
    const layout = pageLayout.get(l.page) ?? docLayout;
    const near = text.slice(Math.max(0, i - LAYOUT_WINDOW), i + LAYOUT_WINDOW + 1).filter((x) => x.page === l.page);
    l.layout = layout === 'table' && percentile(near.map((x) => x.width), 0.5) >= RUNNING_TEXT_WIDTH ? 'wrapped' : layout;
  });
}
