// A report's table of contents, from its passages' section paths: every heading once, at the
// line it is printed on (just above its first passage) to the line its last passage ends on.
// Runtime-neutral.
import type { Passage } from '../corpus/passage';
import { SECTION_SEPARATOR } from '../corpus/passage';

export interface TocHeading {
  heading: string;
  section: string;
  depth: number;
  lineStart: number;
  lineEnd: number;
}

/** How far above its first passage a heading's own line is looked for. */
const HEADING_LOOKBACK = 6;

const squash = (text: string): string => text.replace(/\s+/g, '');

/** The line a heading is printed on, just above its first passage (its first passage's line when not found). */
function headingLine(heading: string, lineStart: number, lines: string[]): number {
  const head = squash(heading).slice(0, 8);
  for (let n = lineStart; n >= Math.max(1, lineStart - HEADING_LOOKBACK); n--) if (squash(lines[n - 1] ?? '').includes(head)) return n;
  return lineStart;
}

export function tableOfContents(passages: Passage[], lines: string[]): TocHeading[] {
  const byPath = new Map<string, TocHeading>();
  for (const p of passages) {
    const parts = p.section.split(SECTION_SEPARATOR).filter(Boolean);
    parts.forEach((heading, i) => {
      const section = parts.slice(0, i + 1).join(SECTION_SEPARATOR);
      const known = byPath.get(section);
      if (known) {
        known.lineStart = Math.min(known.lineStart, p.lineStart);
        known.lineEnd = Math.max(known.lineEnd, p.lineEnd);
      } else byPath.set(section, { heading, section, depth: i + 1, lineStart: p.lineStart, lineEnd: p.lineEnd });
    });
  }
  for (const h of byPath.values()) h.lineStart = headingLine(h.heading, h.lineStart, lines);
  return [...byPath.values()].sort((a, b) => a.lineStart - b.lineStart || a.depth - b.depth);
}
