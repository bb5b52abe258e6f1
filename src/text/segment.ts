// Tokens for lexical search: words from a word cutter (nodejieba in Node), figures kept whole
// (1,940 · 33.02% · 41億4,612萬0,193元 · 113年), and CJK character bigrams, which still match
// when the cutter splits a term differently in the question and in the report.
// Runtime-neutral: the cutter is passed in.
import { figureTokens } from './numbers';
import { norm } from './normalize';
import { inScript, type Script } from './script';
import { isStopword } from './stopwords';

export interface WordCutter {
  cut(text: string): string[];
  /** words with their part of speech (jieba's tags: n noun, v verb …), where the cutter knows them */
  tag?(text: string): { word: string; tag: string }[];
}

export interface Tokens {
  words: string[];
  bigrams: string[];
  figures: string[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const HAS_WORD_CHAR = /[\u3400-\u9fff\uf900-\ufaffa-z]/;
// Cut out before segmentation: figures (tokenised whole by numbers.ts) and symbols, which
// the cutter would otherwise glue to words ("公務園+~港都e學苑").
const NOT_WORDS = /(?:\d[\d,.]*[億萬千百]?)+(?:\(\d+\))?|[^\p{L}\p{N}]+/gu;

export function bigramsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** Letters only: a piece of an English word. */
const LATIN_WORD = /^[A-Za-z]+$/;

/** Whether two pieces a cutter gave side by side are one English word (conference, not co + nference after a dictionary's co). */
const oneLatinWord = (before: string, next: string): boolean => LATIN_WORD.test(before) && LATIN_WORD.test(next);

/** Pieces a cutter gave, with the pieces of one English word joined again. */
function joinLatin(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const last = out.length - 1;
    if (last >= 0 && oneLatinWord(out[last]!, p)) out[last] += p;
    else out.push(p);
  }
  return out;
}

/** Content words of a text, in the given script, without stopwords and single characters. */
export function wordsOf(text: string, cutter: WordCutter, script: Script): string[] {
  const n = inScript(norm(text), script);
  const out: string[] = [];
  for (const piece of n.split(NOT_WORDS)) {
    if (!piece) continue;
    for (const raw of joinLatin(cutter.cut(piece))) {
      const w = raw.trim();
      if (!w || !HAS_WORD_CHAR.test(w)) continue;
      if (w.length === 1 || isStopword(w)) continue;
      out.push(w);
    }
  }
  return out;
}

export function tokenize(text: string, cutter: WordCutter, script: Script): Tokens {
  const n = norm(text);
  return {
    words: wordsOf(text, cutter, script),
    bigrams: bigramsOf(inScript(n, script)),
    figures: figureTokens(n),
  };
}

export interface WordSpan {
  /** the word in the text's own script */
  word: string;
  start: number;
  end: number;
  /** part of speech, '' when the cutter does not tag */
  tag: string;
}

/**
 * Words of an already normalised text with their offsets (and tags when the cutter has
 * them). The cutter sees the text in the index's script; since that conversion keeps the
 * length, offsets map back unchanged.
 */
export function cutSpans(normText: string, cutter: WordCutter, script: Script): WordSpan[] {
  const converted = inScript(normText, script);
  const pieces = cutter.tag ? cutter.tag(converted) : cutter.cut(converted).map((word) => ({ word, tag: '' }));
  const out: WordSpan[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = converted.indexOf(piece.word, at);
    if (start < 0) continue;
    const end = start + piece.word.length;
    const last = out[out.length - 1];
    // one English word is never split
    if (last && last.end === start && oneLatinWord(last.word, piece.word)) {
      out[out.length - 1] = { ...last, word: normText.slice(last.start, end), end };
    } else out.push({ word: normText.slice(start, end), start, end, tag: piece.tag });
    at = end;
  }
  return out;
}
