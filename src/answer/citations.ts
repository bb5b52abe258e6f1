// Citations: a quote is the printed text with line breaks removed; its lines are found by
// locating it in the document, so that a quote is only ever emitted when it is exact.
// Runtime-neutral.
import type { DocumentRecord } from '../corpus/documents';

export interface Citation {
  n: number;
  docId: string;
  title: string;
  section: string;
  lineStart: number;
  lineEnd: number;
  quote: string;
}

const WS = /\s+/g;

/** Joins a passage's text into a quote: line breaks removed, a space kept between two numbers. */
export function toQuote(text: string): string {
  return text
    .replace(/(\d)\s*\n\s*(\d)/g, '$1 $2')
    .replace(/\s*\n\s*/g, '')
    .trim();
}

/**
 * The lines a quote stands on, searched from `near` (the passage's first line); null when the
 * quote is not the document's text.
 */
export function locateQuote(doc: DocumentRecord, quote: string, near: number): { lineStart: number; lineEnd: number } | null {
  const target = quote.replace(WS, '');
  if (!target) return null;
  let joined = '';
  const lineOf: number[] = [];
  const from = Math.max(0, near - 1);
  for (let i = from; i < doc.lines.length; i++) {
    const squashed = (doc.lines[i] ?? '').replace(WS, '');
    joined += squashed;
    for (let k = 0; k < squashed.length; k++) lineOf.push(i + 1);
    if (joined.length > target.length + 20000) break;
  }
  const at = joined.indexOf(target);
  if (at < 0) return null;
  return { lineStart: lineOf[at] ?? near, lineEnd: lineOf[at + target.length - 1] ?? near };
}
