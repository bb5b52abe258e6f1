// Cuts sectioned paragraphs into passages for the index: whole sentences, about 80–350
// characters, never across a section, each with the exact lines it came from.
import { norm } from '../text/normalize';
import { splitClauses, splitSentences, type Span } from '../text/sentences';
import type { Line } from './lines';
import type { SectionedUnit } from './sections';
import { SECTION_SEPARATOR, type Passage } from '../corpus/passage';

export const MAX_PASSAGE = 350;
export const MIN_PASSAGE = 80;

/** Text of a run of lines, joined as printed: within a unit no separator, between units a newline. */
export interface LinedText {
  text: string;
  /** line number of every character of text ('\n' separators carry the following line) */
  lineOf: number[];
}

export function joinLines(lines: Line[], separator: '' | '\n'): LinedText {
  let text = '';
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && separator) {
      text += separator;
      lineOf.push(l.n);
    }
    text += l.text;
    for (let k = 0; k < l.text.length; k++) lineOf.push(l.n);
  });
  return { text, lineOf };
}

interface Piece {
  text: string;
  /** the piece starts a new paragraph or table cell */
  breakBefore: boolean;
  lineStart: number;
  lineEnd: number;
  length: number;
}

/** A clause still longer than a passage is cut after its list commas (、). */
function splitLong(text: string, clause: Span): Span[] {
  if (norm(text.slice(clause.start, clause.end)).length <= MAX_PASSAGE) return [clause];
  const out: Span[] = [];
  let start = clause.start;
  for (let i = clause.start; i < clause.end; i++) {
    if (text[i] === '、') {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < clause.end) out.push({ start, end: clause.end });
  return out;
}

function piecesOf(lt: LinedText): Piece[] {
  const out: Piece[] = [];
  const add = (s: Span): void => {
    const text = lt.text.slice(s.start, s.end);
    out.push({
      text,
      breakBefore: lt.text[s.start - 1] === '\n',
      lineStart: lt.lineOf[s.start] ?? 0,
      lineEnd: lt.lineOf[s.end - 1] ?? 0,
      length: norm(text).length,
    });
  };
  for (const sentence of splitSentences(lt.text)) {
    if (norm(lt.text.slice(sentence.start, sentence.end)).length <= MAX_PASSAGE) {
      add(sentence);
      continue;
    }
    // an over-long sentence: cut at clause marks (then at list commas), packed up to the limit
    let cur: Span | null = null;
    for (const clause of splitClauses(lt.text, sentence).flatMap((c) => splitLong(lt.text, c))) {
      if (cur && norm(lt.text.slice(cur.start, clause.end)).length > MAX_PASSAGE) {
        add(cur);
        cur = null;
      }
      cur = cur ? { start: cur.start, end: clause.end } : clause;
    }
    if (cur) add(cur);
  }
  return out;
}

/** Packs the pieces of one section into passages of whole sentences. */
function pack(pieces: Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  let cur: Piece[] = [];
  let size = 0;
  for (const p of pieces) {
    if (cur.length > 0 && size + p.length > MAX_PASSAGE) {
      groups.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(p);
    size += p.length;
  }
  if (cur.length > 0) groups.push(cur);
  // a short tail joins the previous passage when both still fit comfortably
  const last = groups[groups.length - 1];
  const before = groups[groups.length - 2];
  if (last && before) {
    const lastSize = last.reduce((s, p) => s + p.length, 0);
    const beforeSize = before.reduce((s, p) => s + p.length, 0);
    if (lastSize < MIN_PASSAGE && lastSize + beforeSize <= MAX_PASSAGE + MIN_PASSAGE) {
      before.push(...last);
      groups.pop();
    }
  }
  return groups;
}

export interface SectionText {
  path: string[];
  text: LinedText;
}

/** Consecutive paragraphs with the same section path, as one text per section. */
export function sectionTexts(paras: SectionedUnit[]): SectionText[] {
  const out: SectionText[] = [];
  for (const p of paras) {
    const unitText = joinLines(p.unit.lines, '');
    const prev = out[out.length - 1];
    if (prev && prev.path.join(SECTION_SEPARATOR) === p.path.join(SECTION_SEPARATOR)) {
      prev.text.text += '\n' + unitText.text;
      prev.text.lineOf.push(p.unit.lines[0]?.n ?? 0, ...unitText.lineOf);
    } else {
      out.push({ path: p.path, text: unitText });
    }
  }
  return out;
}

export function cutPassages(docId: string, sections: SectionText[]): Passage[] {
  const passages: Passage[] = [];
  for (const s of sections) {
    for (const group of pack(piecesOf(s.text))) {
      passages.push({
        id: `${docId}:${String(passages.length + 1).padStart(4, '0')}`,
        docId,
        section: s.path.join(SECTION_SEPARATOR),
        lineStart: Math.min(...group.map((p) => p.lineStart)),
        lineEnd: Math.max(...group.map((p) => p.lineEnd)),
        text: group.map((p, i) => (i > 0 && p.breakBefore ? '\n' : '') + p.text).join(''),
      });
    }
  }
  return passages;
}
