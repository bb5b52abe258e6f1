// Simplified ↔ Traditional conversion (opencc-js, pure JavaScript, so it runs in the Worker too).
// Conversions used for matching must keep the length, so that offsets stay valid: when a
// phrase-level rule changes the length, the text is converted character by character instead.
import { Converter } from 'opencc-js';

export type Script = 'original' | 'simplified';

const t2s = Converter({ from: 'tw', to: 'cn' });
const s2t = Converter({ from: 'cn', to: 'tw' });

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

const variants = Converter({ from: 't', to: 'tw' });
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
