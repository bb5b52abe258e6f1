// Simplified ↔ Traditional conversion with opencc-js's dictionaries (pure JavaScript, so it runs
// in the Worker too). Conversions used for matching must keep the length, so that offsets stay
// valid: when a phrase-level rule changes the length, the text is converted character by
// character instead.
import { configs } from 'opencc-js/preset';
import type { DictGroup } from 'opencc-js/core';

export type Script = 'original' | 'simplified';

/**
 * One dictionary group as a flat Map, matched longest first at each position — opencc-js's own
 * rule (its Trie). opencc-js holds each group as a trie with a Map per node: ≈ 45 MB of heap for
 * the groups used here, against a few MB as one Map per group.
 */
class Replacements {
  private readonly map = new Map<string, string>();
  /** for each first character, the lengths of the entries starting with it, longest first */
  private readonly lengths = new Map<string, number[]>();

  constructor(group: DictGroup) {
    // the group's first dictionary wins (opencc-js loads a group's dictionaries in reverse)
    for (const dict of [...group].reverse()) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : dict;
      for (const [source, target] of pairs) {
        if (!source || target === undefined) continue;
        this.map.set(source, target);
        const first = source[0]!;
        const known = this.lengths.get(first) ?? [];
        if (!known.includes(source.length)) this.lengths.set(first, [...known, source.length].sort((a, b) => b - a));
      }
    }
  }

  /** The longest entry starting at i: its length and replacement, or null. */
  private match(text: string, i: number): { length: number; target: string } | null {
    for (const length of this.lengths.get(text[i]!) ?? []) {
      if (i + length > text.length) continue;
      const target = this.map.get(text.slice(i, i + length));
      if (target !== undefined) return { length, target };
    }
    return null;
  }

  convert(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const m = this.match(text, i);
      out += m ? m.target : text[i];
      i += m ? m.length : 1;
    }
    return out;
  }

  /** The text cut at this group's entries (each entry a segment, the runs between them one each). */
  segment(text: string): string[] {
    const segments: string[] = [];
    let run = '';
    for (let i = 0; i < text.length; ) {
      const m = this.match(text, i);
      if (!m) {
        const step = text.codePointAt(i)! > 0xffff ? 2 : 1;
        run += text.slice(i, i + step);
        i += step;
        continue;
      }
      if (run) segments.push(run);
      run = '';
      segments.push(text.slice(i, i + m.length));
      i += m.length;
    }
    if (run) segments.push(run);
    return segments;
  }
}

/** How opencc-js's presets convert: normalise, cut at the segmentation phrases, then each group in turn on every segment. */
interface Conversion {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictGroup;
  conversionChain: readonly DictGroup[];
}

function converter(name: string): (text: string) => string {
  const config = configs[name] as Conversion | undefined;
  if (!config) throw new Error(`opencc-js has no ${name} conversion.`);
  const normalize = (config.normalizationChain ?? []).map((g) => new Replacements(g));
  const segmentation = config.segmentation ? new Replacements(config.segmentation) : null;
  const chain = config.conversionChain.map((g) => new Replacements(g));
  return (text) => {
    const normal = normalize.reduce((t, r) => r.convert(t), text);
    const segments = segmentation ? segmentation.segment(normal) : [normal];
    return segments.map((s) => chain.reduce((t, r) => r.convert(t), s)).join('');
  };
}

// opencc-js's Converter({ from: 'tw', to: 'cn' }) and ({ from: 'cn', to: 'tw' })
const t2s = converter('tw2s');
const s2t = converter('s2tw');

function sameLength(convert: (s: string) => string, text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const c = convert(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

export const toSimplified = (text: string): string => sameLength(t2s, text);
export const toTraditional = (text: string): string => sameLength(s2t, text);

/** The text in the script the index was built with. */
export function inScript(text: string, script: Script): string {
  return script === 'simplified' ? toSimplified(text) : text;
}

/**
 * Whether a text is written in Simplified characters: more of them change when converted to
 * Traditional than the other way round. A Traditional question is left as it is: converting
 * it would misread phrases (一日志工 as 一日誌工).
 */
export function looksSimplified(text: string): boolean {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!/[\u3400-\u9fff]/.test(ch)) continue;
    if (s2t(ch) !== ch) simplified++;
    if (t2s(ch) !== ch) traditional++;
  }
  return simplified > traditional;
}

// opencc-js's Converter({ from: 't', to: 'tw' })
const variants = converter('t2tw');
const variantCache = new Map<string, string>();

/** The Taiwan standard form of a Traditional character (裏 → 裡, 着 → 著, 衆 → 眾); itself when it has none. */
export function standardVariant(ch: string): string {
  let v = variantCache.get(ch);
  if (v === undefined) {
    const c = variants(ch);
    v = c.length === ch.length ? c : ch;
    variantCache.set(ch, v);
  }
  return v;
}
