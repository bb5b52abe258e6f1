import { describe, expect, it } from 'vitest';
import { buildLexicalIndex, LexicalIndex, MOST_POSTINGS } from '../../src/corpus/lexical';

const doc = (id: string, words: string) => ({ id, words, bigrams: '', figures: '', section: '' });
const tokens = (words: string[]) => ({ words, bigrams: [], figures: [] });

describe('lexical search', () => {
  // a word in more passages than MOST_POSTINGS (本府), and rarer ones
  const docs = [
    ...Array.from({ length: MOST_POSTINGS + 10 }, (_, i) => doc(`c${i}`, i % 2 === 0 ? '本府 辦理' : '本府')),
    doc('r1', '本府 健康檢查 補助'),
    doc('r2', '健康檢查'),
  ];
  const index = LexicalIndex.fromJSON(buildLexicalIndex(docs));

  it('leaves out a term found in more passages than MOST_POSTINGS when the question has rarer ones', () => {
    const hits = index.search(tokens(['本府', '健康檢查']), 10).map((h) => h.id);
    expect(hits.sort()).toEqual(['r1', 'r2']);
  });

  it('still searches with the rarest terms when every term is common', () => {
    const hits = index.search(tokens(['本府']), 3);
    expect(hits).toHaveLength(3);
  });

  it('searches with every term in a corpus where none is that common', () => {
    const small = LexicalIndex.fromJSON(buildLexicalIndex([doc('a', '本府 辦理'), doc('b', '健康檢查'), doc('c', '本府')]));
    expect(small.search(tokens(['本府', '健康檢查']), 10).map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
  });
});
