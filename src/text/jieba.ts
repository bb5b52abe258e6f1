// Node-only word cutter: nodejieba with HMM on (without it digits and Latin come out one
// character at a time) and the reports' own terms as a user dictionary. The terms are loaded
// from a file with a frequency: insertWord() would give them the lowest weight and even
// weaken words the main dictionary already knows (甲等 came out as 甲/等).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { norm } from './normalize';
import { inScript, type Script } from './script';
import type { WordCutter } from './segment';

/** Frequency given to a user word: that of a common word in jieba's dictionary. */
const USER_WORD_FREQUENCY = 10_000;

let loadedKey: string | null = null;

export function jiebaCutter(userWords: Iterable<string>, script: Script): WordCutter {
  const words = [...new Set([...userWords].map((w) => inScript(norm(w), script)).filter((w) => w.length >= 2 && !/\s/.test(w)))].sort();
  const key = createHash('sha256').update(words.join('\n')).digest('hex');
  if (loadedKey !== key) {
    const file = join(tmpdir(), `report-qa-userdict-${key.slice(0, 16)}.txt`);
    writeFileSync(file, words.map((w) => `${w} ${USER_WORD_FREQUENCY} n`).join('\n') + '\n');
    nodejieba.load({ userDict: file });
    loadedKey = key;
  }
  return { cut: (text: string) => nodejieba.cut(text, true), tag: (text: string) => nodejieba.tag(text) };
}
