// Attaches the heading hierarchy to every paragraph as a section path.
// Levels: report titles 0, 壹、 1, 一、 2, （一） 3, 1. 4, (1) 5, bullets 5.5, a. 6; a heading
// without a number (004: "以多元議題開展城市合作新契機") sits just above the numbered list it
// introduces, or just below the numbered heading it follows. Three layouts need more:
// 002 lists all headings first (toc.ts), 001's budget table pairs labels with amounts
// (budget.ts, before this), and 001's flattened plan table puts a page's row labels before
// its cells.
import { compactSpaces } from '../text/normalize';
import { alignBodiesToToc } from './toc';
import { endsParagraph, type Unit } from './units';

export interface SectionedUnit {
  unit: Unit;
  path: string[];
}



interface Heading {
  level: number;
  label: string;
}

function labelOf(unit: Unit): string {
  return compactSpaces(unit.text).replace(/^-/, '').replace(/[：:]$/, '');
}

function isPlainHeadingCandidate(u: Unit): boolean {
  const t = u.text.replace(/\s/g, '');
  return !u.enumerator && u.layout !== 'table' && t.length >= 4 && t.length <= 60 && !/[。！？；：:]/.test(t) && !/[，、]$/.test(t);
}

/** Decides the level of every heading unit; returns null for paragraphs and labels to drop. */
function headingLevels(units: Unit[]): (number | 'drop' | null)[] {
  const levels: (number | 'drop' | null)[] = units.map((u) => (u.kind === 'heading' && u.enumerator ? u.enumerator.level : null));
  units.forEach((u, i) => {
    if (u.enumerator) return;
    const t = u.text.replace(/\s/g, '');
    if (u.lines[0]?.title) {
      levels[i] = 0;
      return;
    }
    if (u.layout === 'table' && /單位[:：]/.test(t) && !/[。]/.test(t)) {
      levels[i] = 'drop'; // a table's column header row
      return;
    }
    if (!isPlainHeadingCandidate(u)) return;
    const prev = units[i - 1];
    const next = units[i + 1];
    const prevEnded = !prev || prev.kind === 'heading' || endsParagraph(prev.text) || levels[i - 1] !== null;
    if (!prevEnded || !next) return;
    if (next.kind === 'heading' || levels[i + 1] === 0) {
      // a column header ("重要施政項目") in front of headings, not a heading itself
      if (t.length <= 20) levels[i] = 'drop';
      return;
    }
    levels[i] = -1; // unnumbered heading; its level is set during the walk
  });
  return levels;
}

/**
 * Level of an unnumbered heading: half a level below the nearest numbered heading above it;
 * when it opens a numbered list, below the nearest one that can hold that list.
 */
function plainLevel(units: Unit[], levels: (number | 'drop' | null)[], i: number, stack: Heading[]): number {
  let opens = Infinity;
  for (let j = i + 1; j < units.length; j++) {
    const e = units[j]?.enumerator;
    const level = levels[j];
    if (level === 0 || level === -1 || (e && e.level <= 2)) break;
    if (!e) continue;
    if (e.ordinal === 1) opens = e.level;
    break;
  }
  const holder = [...stack].reverse().find((h) => Number.isInteger(h.level) && h.level > 0 && h.level < opens);
  return (holder?.level ?? 1) + 0.5;
}

function push(stack: Heading[], h: Heading): void {
  while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= h.level) stack.pop();
  stack.push(h);
}

function findToc(units: Unit[], levels: (number | 'drop' | null)[]): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= units.length; i++) {
    const l = levels[i];
    const isHead = i < units.length && typeof l === 'number' && l > 0;
    const skip = i < units.length && l === 'drop';
    if (isHead || skip) {
      if (start < 0 && isHead) start = i;
      continue;
    }
    if (start >= 0) {
      const run = units.slice(start, i);
      const l1 = run.filter((_, k) => levels[start + k] === 1).length;
      const laterL1 = units.slice(i).some((_, k) => levels[i + k] === 1);
      if (l1 >= 3 && !laterL1 && (!best || i - start > best[1] - best[0])) best = [start, i];
      start = -1;
    }
  }
  return best;
}

/** A count in a heading (15期, 共14期, 3場): the heading reports what was done, not only a topic. */
const STATES_COUNT = /\d[\d,]*\s*(?:期|場次?|班|人|次|件|個|項|名|位)/g;

/**
 * Whether a heading states a count its own body does not print again (1.辦理「…認證班」15期，…：
 * over a body that gives only the hours and the people): the heading is then the only place a
 * reader finds it (1.超額進用身心障礙人員702人 over …超額進用702人 is not).
 */
function countOnlyInHeading(units: Unit[], levels: (number | 'drop' | null)[], i: number): boolean {
  const level = levels[i];
  const counts = (units[i]?.text.match(STATES_COUNT) ?? []).map((c) => c.replace(/\s+/g, ''));
  if (counts.length === 0 || typeof level !== 'number') return false;
  let body = '';
  for (let k = i + 1; k < units.length; k++) {
    const l = levels[k];
    if (typeof l === 'number' && l >= 0 && l <= level) break;
    body += units[k]?.text.replace(/\s+/g, '') ?? '';
  }
  return counts.some((c) => !body.includes(c));
}

export function sectionUnits(units: Unit[]): SectionedUnit[] {
  const levels = headingLevels(units);
  const paras: SectionedUnit[] = [];
  const stack: Heading[] = [];

  const toc = findToc(units, levels);
  const tocPaths: Heading[][] = [];
  let bodyLeaf: number[] = [];
  if (toc) {
    const tocStack: Heading[] = [...stack];
    const entries: { level: number; path: Heading[] }[] = [];
    for (let i = 0; i < toc[0]; i++) {
      const l = levels[i];
      if (typeof l === 'number' && l >= 0) push(tocStack, { level: l, label: labelOf(units[i]!) });
    }
    for (let i = toc[0]; i < toc[1]; i++) {
      const l = levels[i];
      if (typeof l !== 'number' || l < 0) continue;
      push(tocStack, { level: l, label: labelOf(units[i]!) });
      entries.push({ level: l, path: [...tocStack] });
    }
    const leaves = entries.filter((e, k) => !(entries[k + 1] && (entries[k + 1]?.level ?? 0) > e.level));
    tocPaths.push(...leaves.map((l) => l.path));
    // A section cannot open inside a list (2., (2) …) nor right after a heading, whose body follows it.
    const bodies = units.slice(toc[1]).map((u, k, all) => ({
      text: u.text,
      canStart: (!u.enumerator || u.enumerator.ordinal === 1) && (k === 0 || all[k - 1]?.kind !== 'heading'),
    }));
    bodyLeaf = alignBodiesToToc(leaves.map((l) => l.path[l.path.length - 1]?.label ?? ''), bodies);
  }

  // Flattened plan-table pages: the page's row labels are the section of all its cells.
  const tablePagePath = new Map<number, string[]>();

  let currentLeaf = -1;
  units.forEach((u, i) => {
    if (levels[i] === 'drop') return;
    if (toc && i >= toc[0] && i < toc[1]) return;
    if (toc && i >= toc[1]) {
      const leaf = bodyLeaf[i - toc[1]] ?? 0;
      if (leaf !== currentLeaf) {
        currentLeaf = leaf;
        stack.splice(0, stack.length, ...(tocPaths[leaf] ?? []));
      }
    }
    let level = levels[i];
    if (level === -1) level = plainLevel(units, levels, i, stack);
    if (typeof level === 'number') {
      // an item heading that states a result (1.辦理「…認證班」15期，提升為民服務效能：) is also a sentence of its section
      if (u.enumerator && countOnlyInHeading(units, levels, i)) paras.push({ unit: u, path: stack.filter((h) => h.level < level).map((h) => h.label) });
      push(stack, { level, label: labelOf(u) });
      if (u.layout === 'table') {
        const path = stack.map((h) => h.label);
        const existing = tablePagePath.get(u.page);
        tablePagePath.set(u.page, existing ? mergePaths(existing, path) : path);
      }
      return;
    }
    paras.push({ unit: u, path: stack.map((h) => h.label) });
  });

  for (const p of paras) {
    const pagePath = p.unit.layout === 'table' ? tablePagePath.get(p.unit.page) : undefined;
    if (pagePath) p.path = pagePath;
  }
  return paras;
}

/** Two heading paths on one table page: keep the common part and list where they differ. */
function mergePaths(a: string[], b: string[]): string[] {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  if (k === b.length) return a;
  if (k === a.length) return b;
  const tail = a[k] ?? '';
  const next = b[k] ?? '';
  return tail.split('；').includes(next) ? a.slice(0, k + 1) : [...a.slice(0, k), `${tail}；${next}`];
}
