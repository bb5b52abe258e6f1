// Text normalisation shared by ingestion, search and answering.
import { standardVariant } from './script';

// The reports are PDF extractions: full-width forms, stray spaces inside numbers and dates
// ("113年 7月 4日", "1 1 2 年"), character variants (臺/台, 爲/為). Matching happens on a
// normalised form; quotes are always cut from the original, so the normaliser keeps a map
// from every normalised character back to its source index.

export interface Normalized {
  text: string;
  /** map[i] = index in the source string of normalised character i */
  map: number[];
}

// Same-length variant folds applied after NFKC, so that either spelling matches.
const VARIANTS: Record<string, string> = {
  臺: '台',
  爲: '為',
  // 規劃 / 規畫, 計劃 / 計畫: both spellings are in use (the reports print 規劃 and 退休生涯規畫)
  劃: '畫',
  ㄧ: '一',
  '‧': '·',
  '•': '·',
  '．': '.',
  '﹒': '.',
  '％': '%',
  '～': '~',
  '－': '-',
  '—': '-',
  '–': '-',
  '『': '「',
  '』': '」',
};

const ASCII_WORD = /[A-Za-z]/;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\r';
}

function foldChar(ch: string): string {
  const nfkc = ch.normalize('NFKC');
  let out = '';
  for (const c of nfkc) out += VARIANTS[c] ?? standardVariant(c);
  return out.toLowerCase();
}

/**
 * NFKC, variant folding, lower-case Latin, and removal of spaces except one space between
 * two Latin letters ("Brandon Hall Group"). Newlines are kept: they mark unit boundaries.
 */
export function normalizeForMatch(src: string): Normalized {
  const chars: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  let i = 0;
  for (const ch of src) {
    if (isSpace(ch) || ch === '\u200b') {
      if (pendingSpace < 0) pendingSpace = i;
      i += ch.length;
      continue;
    }
    const folded = foldChar(ch);
    if (pendingSpace >= 0) {
      const prev = chars[chars.length - 1];
      if (prev && ASCII_WORD.test(prev) && ASCII_WORD.test(folded[0] ?? '')) {
        chars.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
    }
    for (const c of folded) {
      chars.push(c);
      map.push(i);
    }
    i += ch.length;
  }
  return { text: chars.join(''), map };
}

/** Normalised text only, for keys and comparisons. */
export function norm(src: string): string {
  return normalizeForMatch(src).text;
}

/** Whitespace removed and NFKC applied: the comparison used by the evaluation contract. */
export function squash(src: string): string {
  return src.normalize('NFKC').replace(/\s+/g, '');
}

/** Map a half-open range of normalised indices back to a half-open range of the source. */
export function sourceRange(n: Normalized, src: string, start: number, end: number): [number, number] {
  const s = n.map[start] ?? src.length;
  const last = n.map[end - 1];
  if (last === undefined || end <= start) return [s, s];
  const code = src.charCodeAt(last);
  const e = code >= 0xd800 && code <= 0xdbff ? last + 2 : last + 1;
  return [s, Math.min(e, src.length)];
}

/**
 * Text for people: spaces the PDF put inside numbers, dates and Chinese runs are removed,
 * spaces between Latin words are kept. Characters are otherwise left as printed.
 */
export function compactSpaces(src: string): string {
  return src
    .replace(/[ \t\u3000\u00a0]+/g, (run, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
    })
    .trim();
}
