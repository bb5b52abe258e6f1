// A word cutter over jieba-rs (the jieba-wasm package): its built-in dictionary is jieba's
// dict.txt, as nodejieba's is, and the reports' own terms are added at the frequency the Node
// cutter gives them. Runtime-neutral: the Worker hands in the web build, tests the Node build.
import type { Script } from './script';
import type { WordCutter } from './segment';
import { cutterWords, USER_WORD_FREQUENCY } from './userdict';

/** The part of jieba-wasm used here; `init` instantiates it (once). */
export interface JiebaRs {
  init(): void;
  cut(text: string, hmm: boolean): string[];
  tag(text: string, hmm: boolean): { word: string; tag: string }[];
  add_word(word: string, freq: number, tag: string): number;
}

/**
 * A cutter with the given user words. jieba-rs holds one dictionary per instance, and the
 * words are added on the first cut (when the dictionary is built, ≈ 0.5 s).
 */
export function jiebaRsCutter(jieba: JiebaRs, userWords: Iterable<string>, script: Script): WordCutter {
  const words = cutterWords(userWords, script);
  let ready = false;
  const ensureReady = (): void => {
    if (ready) return;
    jieba.init();
    for (const w of words) jieba.add_word(w, USER_WORD_FREQUENCY, 'n');
    ready = true;
  };
  return {
    cut: (text) => {
      ensureReady();
      return jieba.cut(text, true);
    },
    tag: (text) => {
      ensureReady();
      return jieba.tag(text, true);
    },
  };
}
