// Node-only word cutter: nodejieba with HMM on (without it digits and Latin come out one
// character at a time) and the reports' own terms as user words.
//
// jieba's full dictionary (350,000 words) costs over 200 MB of memory. The index keeps a
// dictionary of its own instead: every jieba word the reports contain, the most common words
// of the language (for questions), and the reports' own terms — a tenth of the size and the
// same cuts on the reports. The terms get a frequency in the file: insertWord() would give
// them the lowest weight and even weaken words jieba knows (甲等 came out as 甲/等).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { norm } from '../text/normalize';
import { inScript, type Script } from '../text/script';
import type { WordCutter } from '../text/segment';
import { cutterWords, USER_WORD_FREQUENCY } from '../text/userdict';

/** jieba's most frequent words kept for questions, whatever the reports contain. */
const COMMON_WORDS = 60_000;
/** The longest jieba word looked for in the reports. */
const LONGEST_WORD = 12;

/** A dictionary for the cutter: the jieba words the texts contain, and the common ones ("word freq tag" lines). */
export function corpusDictionary(texts: string[], script: Script): string {
  const corpus = texts.map((t) => inScript(norm(t), script).replace(/\s+/g, '')).join('\n');
  const present = new Set<string>();
  for (let i = 0; i < corpus.length; i++) {
    for (let l = 2; l <= LONGEST_WORD && i + l <= corpus.length; l++) present.add(corpus.slice(i, i + l));
  }
  const entries = readFileSync(nodejieba.DEFAULT_DICT, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '));
  const common = new Set(
    [...entries]
      .sort((a, b) => Number(b[1]) - Number(a[1]))
      .slice(0, COMMON_WORDS)
      .map((e) => e[0]),
  );
  return entries.filter((e) => (e[0]?.length === 1) || common.has(e[0]) || present.has(e[0] ?? '')).map((e) => e.join(' ')).join('\n') + '\n';
}

let loadedKey: string | null = null;

/**
 * A file in the temporary folder with this content, written whole under a name of its own and
 * then renamed into place: another process loading the same file meanwhile reads either the
 * whole old one or the whole new one (jieba aborts the process on a half-written dictionary).
 */
function tempFile(name: string, content: string): string {
  const path = join(tmpdir(), name);
  const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, content);
  renameSync(partial, path);
  return path;
}

/**
 * A cutter over the given dictionary and user words. nodejieba holds one dictionary per
 * process: each cutter loads its own again when another was loaded since.
 */
export function jiebaCutter(userWords: Iterable<string>, script: Script, dictionary: string): WordCutter {
  const words = cutterWords(userWords, script);
  const content = dictionary + words.map((w) => `${w} ${USER_WORD_FREQUENCY} n\n`).join('');
  const key = createHash('sha256').update(content).digest('hex').slice(0, 16);
  const dict = tempFile(`report-qa-dict-${key}.txt`, content);
  const ensureLoaded = (): void => {
    if (loadedKey === key) return;
    nodejieba.load({
      dict,
      // keyword extraction is not used: tiny files instead of jieba's large ones
      idfDict: tempFile('report-qa-idf.txt', '的 1.0\n'),
      stopWordDict: tempFile('report-qa-stop.txt', '的\n'),
    });
    loadedKey = key;
  };
  ensureLoaded();
  return {
    cut: (text: string) => {
      ensureLoaded();
      return nodejieba.cut(text, true);
    },
    tag: (text: string) => {
      ensureLoaded();
      return nodejieba.tag(text);
    },
  };
}
