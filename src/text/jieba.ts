// Node-only word cutter: nodejieba with HMM on (without it digits and Latin come out one
// character at a time) and the reports' own terms added as user words.
import nodejieba from 'nodejieba';
import { norm } from './normalize';
import { inScript, type Script } from './script';
import type { WordCutter } from './segment';

let loaded = false;
const inserted = new Set<string>();

export function jiebaCutter(userWords: Iterable<string>, script: Script): WordCutter {
  if (!loaded) {
    nodejieba.load();
    loaded = true;
  }
  for (const w of userWords) {
    const word = inScript(norm(w), script);
    if (word.length >= 2 && !inserted.has(word)) {
      nodejieba.insertWord(word);
      inserted.add(word);
    }
  }
  return { cut: (text: string) => nodejieba.cut(text, true) };
}
