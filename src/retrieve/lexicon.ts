// What the reports' own wording says about how people type: a character that makes the
// question's wording unknown to the reports is a typo when one character in its place makes
// a longer run the reports do use (防疫關壞包 → 防疫關懷包, 港都e學院 → 港都e學苑); a short
// name is a contraction of a longer one the reports use when its characters stand in order
// in it (家防中心 → 家庭暴力及性侵害防治中心, 經發局 → 經濟發展局, 英檢 → 英語檢定). Derived
// from the reports' text alone. Runtime-neutral.

import { LRUCache } from 'lru-cache';
import { WORK_LIMITS } from './limits';

const CJK = /[\u3400-\u9fff]/;
/** Characters that never stand inside a name (會計員各 is no name; 家庭暴力及性侵害防治中心 is one). */
const NAME_BREAKS = new Set([...'的了是在有為嗎呢也就都還或把被讓各等']);
/** Characters that end a word in a question (是多少, 有幾位): a typo's run may stop at them. */
const FUNCTION_CHARS = new Set([...'是有為的了在和與及嗎呢多幾共各都也就又還或去來到給把被讓叫找做用跟從由至較對向於自']);
/** A corrected character must make a run of at least this many characters the reports use. */
const TYPO_SUPPORT = 4;
/** …and when that run reaches only one side, the three characters on that side may go on in at most this many ways. */
const ONE_SIDED_WAYS = 2;
const WORD = /[\u3400-\u9fffa-z]/;
/** Particles that follow a verb (上了, 考過, 拿著). */
const ASPECT = /^[了過著]$/;
/**
 * Question words (and what they ask for, how they sum: 總共, what is left: 剩, the modals before them: 可以, and the
 * speaker's own words for when: 現在, 今年, 這次, 已經 — reports seldom write them) that the corrector leaves alone.
 */
const ASKING = /多少|幾|剩下?|總共|一共|總計|合計|什麼|甚麼|哪[一些個裡位天年種]?|誰|是否|如何|何時|何處|為何|可以|能夠|可不可以|能不能|現在|目前|已經|曾經|今年|去年|明年|最近|這次|上次|這期|上期/g;
/** A contraction's full name is at most this many times as long, and at most this long. */
const CONTRACTION_STRETCH = 3;
const LONGEST_NAME = 14;
/** Characters of a contraction may stand at most this far apart in the full name. */
const CONTRACTION_GAP = 8;
/** A word the reports use is read as an abbreviation only of a name they use at least this often. */
const ABBREVIATED_USES = 3;

export class Lexicon {
  private readonly trigrams = new Set<string>();
  private readonly bigrams = new Set<string>();
  /** the characters the reports put between two characters (a?b → ?) and after two (ab → ?) */
  private readonly between = new Map<string, Map<string, number>>();
  private readonly after = new Map<string, Map<string, number>>();
  private readonly expansions = new LRUCache<string, string[]>({ max: WORK_LIMITS.cachedTerms });
  private readonly looked = new LRUCache<string, boolean>({ max: WORK_LIMITS.cachedTerms });

  /** `corpus`: the reports' text, normalised (normalize.ts), one report per line. */
  constructor(private readonly corpus: string) {
    const count = (map: Map<string, Map<string, number>>, key: string, ch: string): void => {
      const m = map.get(key) ?? new Map<string, number>();
      m.set(ch, (m.get(ch) ?? 0) + 1);
      map.set(key, m);
    };
    const chars = [...corpus];
    for (let i = 0; i + 2 < chars.length; i++) {
      const [a, b, c] = [chars[i]!, chars[i + 1]!, chars[i + 2]!];
      this.trigrams.add(a + b + c);
      this.bigrams.add(a + b);
      count(this.between, a + c, b);
      count(this.after, a + b, c);
    }
    if (chars.length >= 2) this.bigrams.add(chars.slice(-2).join(''));
  }

  /** Whether the reports use a text: its character pairs and triples are looked up first, so that most words they never use are told without reading the reports. */
  uses(text: string): boolean {
    const chars = [...text];
    if (chars.length === 2) return this.bigrams.has(text);
    if (chars.length === 3) return this.trigrams.has(text);
    for (let i = 0; i + 3 <= chars.length; i++) if (!this.trigrams.has(chars.slice(i, i + 3).join(''))) return false;
    // a longer text is looked for in the reports once (in a large corpus each look reads megabytes)
    const known = this.looked.get(text);
    if (known !== undefined) return known;
    const found = this.corpus.includes(text);
    this.looked.set(text, found);
    return found;
  }

  /** The longest run around position i (with ch there) that the reports use. */
  private support(chars: string[], i: number, ch: string): { from: number; to: number } {
    const at = [...chars];
    at[i] = ch;
    let from = i;
    let to = i + 1;
    for (let grown = true; grown; ) {
      grown = false;
      if (from > 0 && this.uses(at.slice(from - 1, to).join(''))) {
        from--;
        grown = true;
      }
      if (to < at.length && this.uses(at.slice(from, to + 1).join(''))) {
        to++;
        grown = true;
      }
    }
    return { from, to };
  }

  /**
   * Whether the reports use a word through position i: a run of three word characters, or two
   * that are neither a function character (英檢 is a word of theirs; 列是 says nothing).
   */
  private supported(chars: string[], i: number): boolean {
    for (let s = Math.max(0, i - 2); s <= i && s + 3 <= chars.length; s++) {
      const run = chars.slice(s, s + 3);
      if (run.every((c) => WORD.test(c)) && this.trigrams.has(run.join(''))) return true;
    }
    const content = (c: string | undefined): boolean => c !== undefined && WORD.test(c) && !FUNCTION_CHARS.has(c);
    for (const pair of [[chars[i - 1], chars[i]], [chars[i], chars[i + 1]]]) {
      if (pair.every(content) && this.bigrams.has(pair.join(''))) return true;
    }
    return false;
  }

  /** Where a text stands in the reports, the first WORK_LIMITS.scannedOccurrences times at most. */
  private *occurrences(text: string): Generator<number> {
    let seen = 0;
    for (let at = this.corpus.indexOf(text); at >= 0 && seen < WORK_LIMITS.scannedOccurrences; at = this.corpus.indexOf(text, at + 1), seen++) yield at;
  }

  /** In how many ways the reports go on after a text (進用比 → 例, 率). */
  private ways(text: string): number {
    const next = new Set<string>();
    for (const at of this.occurrences(text)) next.add(this.corpus[at + text.length] ?? '');
    return next.size;
  }

  /**
   * The question with each lone mistyped character replaced (normalised text in, normalised
   * text out): a character no three-character run of the reports passes through, where one
   * other character makes a run of at least TYPO_SUPPORT that reaches both its neighbours
   * (a neighbour that is not a word character, or ends a word, need not be reached).
   * `keeps`, when given, must accept the text with one correction made, or that correction is not made.
   */
  correct(text: string, keeps?: (corrected: string) => boolean): string {
    const chars = [...text];
    const out = [...chars];
    // the words that ask are the question's own, never a typo of the reports' words
    const asking = new Set<number>();
    for (const m of text.matchAll(ASKING)) for (let k = 0; k < m[0].length; k++) asking.add([...text.slice(0, m.index ?? 0)].length + k);
    const wordChar = (k: number): boolean => k >= 0 && k < chars.length && CJK.test(chars[k]!) && !FUNCTION_CHARS.has(chars[k]!);
    for (let i = 0; i < chars.length; i++) {
      // a character beside a figure (113年, 2月, 5人) or between symbols is no word of a name
      const byFigure = /\d/.test(chars[i - 1] ?? '') || /\d/.test(chars[i + 1] ?? '');
      // a character before an aspect particle (上了, 考過) is the question's own verb
      // …and one right after 的 starts a word of the question's own (簡任的人上課, not 的線上課)
      const verb = ASPECT.test(chars[i + 1] ?? '') || chars[i - 1] === '的';
      if (!wordChar(i) || asking.has(i) || byFigure || verb || (!wordChar(i - 1) && !wordChar(i + 1)) || this.supported(chars, i)) continue;
      const options = new Map<string, number>();
      const add = (m: Map<string, number> | undefined): void => m?.forEach((n, ch) => options.set(ch, (options.get(ch) ?? 0) + n));
      if (i > 0 && i + 1 < chars.length) add(this.between.get(chars[i - 1]! + chars[i + 1]!));
      if (i > 1) add(this.after.get(chars[i - 2]! + chars[i - 1]!));
      let best: { ch: string; support: number; count: number; from: number; to: number } | null = null;
      for (const [ch, n] of options) {
        // a word is never mistyped as a joining or function character (退休理財班 is no typo of 退休理財及勞保)
        if (!CJK.test(ch) || ch === chars[i] || FUNCTION_CHARS.has(ch)) continue;
        const { from, to } = this.support(chars, i, ch);
        const support = to - from;
        const bothSides = from < i && to > i + 1;
        // one side only: the other neighbour is no word character, and this side leaves few ways to go on (進用比 → 例 or 率)
        const oneSide = (from < i && !wordChar(i + 1) && i >= 3 && this.ways(chars.slice(i - 3, i).join('')) <= ONE_SIDED_WAYS) || (to > i + 1 && !wordChar(i - 1));
        if (support >= TYPO_SUPPORT && (bothSides || oneSide) && (!best || support > best.support || (support === best.support && n > best.count))) best = { ch, support, count: n, from, to };
      }
      if (!best) continue;
      // what was typed is no typo when the reports print it, with a neighbour, more often than the run the
      // correction would make (104年多益訓練班: 多益 is printed ten times, 多元訓練 once)
      const fixed = [...chars];
      fixed[i] = best.ch;
      const typed = [chars.slice(i - 1, i + 1), chars.slice(i, i + 2)].filter((pair) => pair.length === 2 && pair.every((c) => CJK.test(c))).map((pair) => this.count(pair.join('')));
      if (Math.max(0, ...typed) <= this.count(fixed.slice(best.from, best.to).join('')) && (!keeps || keeps(fixed.join('')))) out[i] = best.ch;
    }
    return out.join('');
  }

  /** How often the reports use a text (up to WORK_LIMITS.scannedOccurrences). */
  private count(text: string): number {
    let n = 0;
    for (const _ of this.occurrences(text)) n++;
    return n;
  }

  /** Names the reports use that start with the first character, end with the last and hold the rest in order, within reach. */
  private *inOrder(chars: string[]): Generator<string> {
    const last = chars[chars.length - 1]!;
    const limit = Math.min(LONGEST_NAME, CONTRACTION_STRETCH * chars.length);
    for (const at of this.occurrences(chars[0]!)) {
      let pos = at;
      let ok = true;
      for (const ch of chars.slice(1)) {
        // only within reach (CONTRACTION_GAP on, inside the longest name): never a search of the rest of the reports
        const reach = this.corpus.slice(pos + 1, Math.min(pos + 1 + CONTRACTION_GAP, at + limit)).indexOf(ch);
        if (reach < 0) {
          ok = false;
          break;
        }
        pos += 1 + reach;
      }
      const name = this.corpus.slice(at, pos + 1);
      if (ok && [...name].every((c) => CJK.test(c) && !NAME_BREAKS.has(c)) && name.endsWith(last)) yield name;
    }
  }

  /**
   * Longer names the reports use that a term may stand for: for a term the reports never use,
   * any name that starts with its first character, ends with its last, and holds the rest in
   * order; for a two-character one they do use, only a four-character name of which it takes
   * the first character of each half (英檢 → 英語檢定, 身障 → 身心障礙); for a longer one they
   * use, an in-order name they use more often than the short form (人發中心 → 人力發展中心).
   * Most frequent first.
   */
  expand(term: string, used: boolean): string[] {
    const key = `${used ? 1 : 0}${term}`;
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const chars = [...term];
    const found = new Map<string, number>();
    const count = (name: string): void => void found.set(name, (found.get(name) ?? 0) + 1);
    const cjk = chars.every((c) => CJK.test(c));
    if (used && cjk && chars.length === 2) {
      // 英檢 → 英語檢定: a four-character name whose halves start with the term's characters
      for (const at of this.occurrences(chars[0]!)) {
        const name = this.corpus.slice(at, at + 4);
        if (name.length === 4 && name[2] === chars[1] && [...name].every((c) => CJK.test(c) && !NAME_BREAKS.has(c))) count(name);
      }
    } else if (cjk && chars.length >= (used ? 3 : 2) && chars.length <= 5) {
      for (const name of this.inOrder(chars)) if (name !== term) count(name);
    }
    // a name the reports use often enough to be a name (an abbreviation's full form at least ABBREVIATED_USES times)
    // …and, for a short form the reports use too (人發中心), one they use more often than the short form
    const least = used ? Math.max(ABBREVIATED_USES, chars.length > 2 ? this.count(term) + 1 : 0) : 1;
    const out = [...found.entries()].filter(([, n]) => n >= least).sort((a, b) => b[1] - a[1] || a[0].length - b[0].length).slice(0, 1).map(([n]) => n);
    this.expansions.set(key, out);
    return out;
  }
}
