import { describe, expect, it } from 'vitest';
import { corpusDictionary, jiebaCutter } from '../../src/node/jieba';
import { norm } from '../../src/text/normalize';
import { inScript } from '../../src/text/script';
import { cutSpans, tokenize, wordsOf } from '../../src/text/segment';
import { CURATED_TERMS, corpusTerms } from '../../src/text/userdict';
import { seedText, DOC_IDS } from '../helpers';

const terms = corpusTerms(DOC_IDS.map(seedText), []);
const dictionary = (script: 'original' | 'simplified') => corpusDictionary(DOC_IDS.map(seedText), script);

describe('segmentation with the reports\' own terms', () => {
  for (const script of ['original', 'simplified'] as const) {
    const cutter = jiebaCutter(terms, script, dictionary(script));
    it(`keeps domain terms whole (${script})`, () => {
      const words = wordsOf('本府「e等公務園＋～港都 e學苑」數位學習平台與公務人力發展中心，身心障礙人員、WebITR差勤系統及iKPD', cutter, script);
      for (const w of ['港都e學苑', '公務人力發展中心', '身心障礙', 'WebITR', 'iKPD']) expect(words).toContain(inScript(norm(w), script));
    });
  }

  it('never splits an English word at a dictionary word inside it (co of Co-working)', () => {
    const cutter = jiebaCutter(terms, 'original', dictionary('original'));
    const text = 'how many attended the atd conference sharing session';
    for (const words of [wordsOf(text, cutter, 'original'), cutSpans(text, cutter, 'original').map((s) => s.word)]) {
      expect(words).toEqual(expect.arrayContaining(['conference', 'sharing', 'session']));
      expect(words).not.toContain('co');
    }
  });

  it('keeps figures whole for search', () => {
    const t = tokenize('已進用 1,940人，比例達 33.02%，合計 41億 4,612萬 0,193元，113年', jiebaCutter(terms, 'original', dictionary('original')), 'original');
    expect(t.figures).toEqual(expect.arrayContaining(['1,940人', '1940', '33.02%', '41億4,612萬0,193元', '113年']));
  });

  it('builds the user dictionary from quoted names, headings and the curated list', () => {
    expect(terms).toContain('港都e學苑');
    expect(corpusTerms([], ['（三）協辦國家考試，服務南部考生', '1.高雄市政府資訊處'])).toContain('高雄市政府資訊處');
    expect(CURATED_TERMS.length).toBeLessThan(200);
  });
});
