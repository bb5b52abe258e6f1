// Undoes the PDF's hard line breaks: joins lines into units (a heading or a paragraph),
// each remembering the exact lines it came from.
//
// The hard case is a numbered line that runs to the right margin of a wrapped page: it is
// either a heading ("(3)整合局處資源，委託淨零學院辦理淨零碳排通識課程") or the first line of a
// numbered paragraph ("3.另為照護員警身心健康，並考量員警工作特殊性，本府警察"). Clear signs
// decide it (a trailing comma, an open 「, figures, several clauses); otherwise its numbered
// siblings do. Taking a heading for a paragraph only loses a level of section path; the
// reverse would cut a sentence in two, so doubt resolves towards the paragraph.
import type { Enumerator } from '../text/headings';
import { fullWidthOf, type Layout, type Line } from './lines';

export interface Unit {
  kind: 'heading' | 'para';
  lines: Line[];
  /** the lines' text joined without line breaks, as printed */
  text: string;
  enumerator: Enumerator | null;
  layout: Layout;
  page: number;
}

// A sentence or a lead-in ends here; a photo reference "（照片 4）" closes a paragraph too.
const TERMINAL = /(?:[。！？：]|（照\s*片[^）]*）)\s*$/;

export function endsParagraph(text: string): boolean {
  return TERMINAL.test(text);
}

const MAX_HEADING_WIDTH = 60;

/** A numbered unit is a heading when it is short and holds no full sentence. */
function looksLikeHeading(text: string): boolean {
  return !/[。！？]/.test(text) && text.replace(/\s/g, '').length <= MAX_HEADING_WIDTH;
}

function isFragment(line: Line): boolean {
  return line.width <= 6 || /^[：:，,、）)」』]/.test(line.text);
}

function startsUnit(line: Line): boolean {
  // In flattened tables the numbered cells (1. 2. …) are items of one cell, not headings.
  return (line.enumerator !== null && !(line.layout === 'table' && line.enumerator.level >= 4)) || line.title;
}

/** A flattened table's number cell: a unit of its own, never glued to its neighbours. */
function isNumberCell(line: Line): boolean {
  return line.layout === 'table' && /^[\d,.\s]+$/.test(line.text);
}

function unbalanced(text: string): boolean {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  return count(/「/g) > count(/」/g) || count(/[（(]/g) > count(/[）)]/g);
}

/** A numbered line that cannot end a heading: a trailing comma, an open 「 or （. */
function mustContinue(line: Line): boolean {
  const body = line.text.slice(line.enumerator?.marker.length ?? 0);
  return /[，、；「（(]$/.test(body) || unbalanced(body);
}

/** Signs that a numbered line running to the margin continues as a paragraph. */
function continuesAsParagraph(line: Line): boolean {
  const body = line.text.slice(line.enumerator?.marker.length ?? 0);
  return (
    /[A-Za-zＡ-Ｚａ-ｚ\d]$/.test(body) ||
    /\d/.test(body) ||
    /[：；]/.test(body) ||
    (body.match(/，/g) ?? []).length >= 2 ||
    (body.match(/、/g) ?? []).length >= 3
  );
}

export function joinUnits(lines: Line[]): Unit[] {
  const fullWidth = new Map<number, number>();
  for (const l of lines) {
    if (!fullWidth.has(l.page)) fullWidth.set(l.page, fullWidthOf(lines.filter((x) => x.page === l.page)));
  }
  const isFull = (l: Line): boolean => l.width >= (fullWidth.get(l.page) ?? Infinity);
  const units: Unit[] = [];
  const doubtful = new Set<Unit>();
  // numbered units known to be paragraphs: from then on they join lines as paragraphs do
  const paragraphs = new Set<Unit>();
  let cur: Unit | null = null;

  const continues = (unit: Unit, next: Line): boolean => {
    if (startsUnit(next) || endsParagraph(unit.text) || unit.lines[0]?.title) return false;
    if (isNumberCell(next) || unit.lines.some(isNumberCell)) return false;
    // "總計：8,015" + "2.自縣市合併…" must not read as 8,0152
    if (/\d$/.test(unit.text) && /^\d/.test(next.text)) return false;
    const last = unit.lines[unit.lines.length - 1];
    if (!last) return false;
    if (unit.enumerator && !paragraphs.has(unit) && looksLikeHeading(unit.text)) {
      // a heading wrapped onto short lines ("…提升市政服務效率與品" + "質")
      if (isFragment(next) && !next.enumerator) return true;
      if (unit.lines.length > 1) return false;
      if (mustContinue(last) || (last.layout === 'wrapped' && isFull(last) && continuesAsParagraph(last))) {
        paragraphs.add(unit);
        return true;
      }
      if (last.layout === 'wrapped' && isFull(last)) doubtful.add(unit);
      return false;
    }
    if (last.layout === 'wrapped') return isFull(last) || isFragment(next);
    return true;
  };

  for (const line of lines) {
    if (line.kind === 'blank' || line.kind === 'furniture') continue;
    if (line.kind === 'caption' || line.kind === 'budget') {
      cur = null;
      continue;
    }
    if (cur && continues(cur, line)) {
      cur.lines.push(line);
      cur.text += line.text;
      continue;
    }
    cur = {
      kind: 'para',
      lines: [line],
      text: line.text,
      enumerator: startsUnit(line) ? line.enumerator : null,
      layout: line.layout,
      page: line.page,
    };
    units.push(cur);
  }
  for (const u of units) {
    if (u.enumerator && !paragraphs.has(u) && looksLikeHeading(u.text)) u.kind = 'heading';
  }
  return resolveDoubts(units, doubtful);
}

/** Numbered units at the same level under the same parent, the unit itself excluded. */
function siblingsOf(units: Unit[], i: number): Unit[] {
  const level = units[i]?.enumerator?.level ?? 0;
  const out: Unit[] = [];
  for (const dir of [-1, 1]) {
    for (let j = i + dir; j >= 0 && j < units.length; j += dir) {
      const e = units[j]?.enumerator;
      if (!e) continue;
      if (e.level < level) break;
      if (e.level === level) out.push(units[j]!);
    }
  }
  return out;
}

function resolveDoubts(units: Unit[], doubtful: Set<Unit>): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    if (doubtful.has(u) && next && !next.enumerator) {
      const decided = siblingsOf(units, i).filter((s) => !doubtful.has(s));
      const headings = decided.filter((s) => s.kind === 'heading').length;
      if (headings <= decided.length - headings) {
        out.push({ ...u, kind: 'para', lines: [...u.lines, ...next.lines], text: u.text + next.text });
        i++;
        continue;
      }
    }
    out.push(u);
  }
  return out;
}
