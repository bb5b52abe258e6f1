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
