// Sentence and clause boundaries in report text. Runtime-neutral; offsets index the text.
// A "，" between two digits is a thousands separator, never a clause boundary.

export interface Span {
  start: number;
  end: number;
}

const CLOSERS = new Set(['」', '』', '）', ')', '"', '”', '’']);

/** Quotes a sentence mark does not end a sentence inside (「生態交通有go讚！高雄綠色運輸」 is one name). */
const QUOTE_PAIRS: Record<string, string> = { '「': '」', '『': '』' };

/** Sentences end after 。！？ (with any closing quote, not inside 「」) and at line breaks. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  // the closers still awaited, innermost last (an opener counts only when its closer follows on the same line)
  const open: string[] = [];
  const flush = (end: number): void => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trimmed = s.trim();
    if (trimmed) out.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const closer = QUOTE_PAIRS[ch];
    if (ch === '\n') {
      flush(i);
      start = i + 1;
      open.length = 0;
    } else if (closer) {
      const lineEnd = text.indexOf('\n', i);
      if (text.slice(i + 1, lineEnd < 0 ? text.length : lineEnd).includes(closer)) open.push(closer);
    } else if (ch === open[open.length - 1]) {
      open.pop();
    } else if (open.length > 0) {
      continue;
    } else if (ch === '。' || ch === '！' || ch === '？' || ch === '!' || ch === '?') {
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
      flush(end);
      i = end - 1;
    }
  }
  flush(text.length);
  return out;
}

function isClauseMark(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (ch === '，' || ch === '；' || ch === ';' || ch === '：') return true;
  if (ch === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  return false;
}

const OPENERS = new Set(['「', '『', '（', '(', '《', '〈', '【']);
const ENDERS = new Set(['」', '』', '）', ')', '》', '〉', '】']);

/**
 * Clauses of a sentence span, each ending with its punctuation mark. A mark inside 「」 or （）
 * does not end a clause (「幸福高雄，宜居城市」is one name), so no quote starts or ends inside one.
 */
export function splitClauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  let depth = 0;
  // an opener the PDF left unclosed (a lost bullet printed as "(") opens nothing
  const closersLeft = [...text.slice(span.start, span.end)].filter((ch) => ENDERS.has(ch)).length;
  let closersSeen = 0;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i] ?? '';
    if (OPENERS.has(ch) && closersLeft - closersSeen > depth) depth++;
    else if (ENDERS.has(ch)) {
      closersSeen++;
      depth = Math.max(0, depth - 1);
    }
    else if (depth === 0 && isClauseMark(text, i)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}
