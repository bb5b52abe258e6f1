// Do the two runtimes cut alike? nodejieba (Node, the index's own cutter) and jieba-rs
// (jieba-wasm, the Worker's) over every passage and every question in test/fixtures: how often
// the words are identical, and — where they are not — whether the Worker's lexical search still
// finds the same passages. (jieba-rs, like Python jieba, leaves a dictionary word of two
// single characters split where cppjieba's HMM joins it: 计有, 另于.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jiebaWasm from 'jieba-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/node/config';
import { passageSearch } from '../../src/node/services';
import { openIndex, type OpenedIndex } from '../../src/node/store/open';
import { PassageSearch } from '../../src/retrieve/search';
import { jiebaRsCutter } from '../../src/text/jieba-rs';
import type { WordCutter } from '../../src/text/segment';
import { wordsOf } from '../../src/text/segment';
import { ROOT } from '../helpers';

let opened: OpenedIndex;
let wasm: WordCutter;
const questions = readdirSync(join(ROOT, 'test/fixtures'))
  .filter((f) => f.endsWith('-questions.jsonl'))
  .flatMap((f) => readFileSync(join(ROOT, 'test/fixtures', f), 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { question: string }).question);

beforeAll(async () => {
  opened = await openIndex({ ...loadConfig(), embeddings: false }, { readOnly: true });
  // the Node build of jieba-wasm instantiates itself
  wasm = jiebaRsCutter({ init: () => {}, cut: jiebaWasm.cut, tag: jiebaWasm.tag, add_word: jiebaWasm.add_word }, opened.index.userWords, opened.script);
});

const share = (texts: string[], same: (t: string) => boolean): number => texts.filter(same).length / texts.length;

describe('segmentation in Node and in the Worker', () => {
  it('cuts passages and questions into the same words, mostly', () => {
    const alike = (t: string): boolean => wordsOf(t, opened.cutter, opened.script).join('|') === wordsOf(t, wasm, opened.script).join('|');
    const passages = share(opened.index.passages.map((p) => p.text), alike);
    const asked = share(questions, alike);
    console.log(`segmentation agreement: passages ${(100 * passages).toFixed(1)}% of ${opened.index.passages.length}, questions ${(100 * asked).toFixed(1)}% of ${questions.length}`);
    // measured 72.4% and 89.3%: the floor guards against a change in either cutter
    expect(passages).toBeGreaterThanOrEqual(0.7);
    expect(asked).toBeGreaterThanOrEqual(0.85);
  });

  it('finds the same passages for the questions either way', async () => {
    const node = passageSearch(opened, 'lexical');
    const edge = new PassageSearch({ passages: opened.index.passages, documents: opened.index.documents, lexical: opened.index.lexical, cutter: wasm, script: opened.script, dense: null });
    let sameTop1 = 0;
    let sameTop5 = 0;
    for (const q of questions) {
      const [a, b] = await Promise.all([node.search(q, 5), edge.search(q, 5)]);
      if (a[0]?.id === b[0]?.id) sameTop1++;
      if (a.map((r) => r.id).sort().join() === b.map((r) => r.id).sort().join()) sameTop5++;
    }
    console.log(`retrieval agreement over ${questions.length} questions: same first passage ${(100 * sameTop1 / questions.length).toFixed(1)}%, same top 5 ${(100 * sameTop5 / questions.length).toFixed(1)}%`);
    // measured 99.7% and 98.9%
    expect(sameTop1 / questions.length).toBeGreaterThanOrEqual(0.95);
    expect(sameTop5 / questions.length).toBeGreaterThanOrEqual(0.95);
  });
});
