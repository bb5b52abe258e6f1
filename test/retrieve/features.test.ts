import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { featuresOf } from '../../src/retrieve/features';
import { miniEngine } from '../mini';
import { candidatesOf } from './candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});
const query = (q: string) => engine.understand(q).query;

describe('features of a candidate sentence', () => {
  it('marks a quoted name in the sentence for a which question only', () => {
    const [quoted, plain] = candidatesOf('111年數位學習平台參加「全球數位學習論壇」。111年數位學習平台開設課程共計560門。');
    const which = query('111年數位學習平台參加什麼活動？');
    expect(featuresOf(which, quoted!, null).features.quotedName).toBe(1);
    expect(featuresOf(which, plain!, null).features.quotedName).toBe(0);
    expect(featuresOf(query('111年數位學習平台開設課程多少門？'), quoted!, null).features.quotedName).toBe(0);
  });

  it('finds a title with a name for a who question, a foreign name too', () => {
    const [c, d] = candidatesOf('111年訪團拜會友好城市，與該市駒澤廣行副市長討論合作。111年訪團參觀友好城市的市場。');
    const who = query('111年訪團見的是哪位副市長？');
    expect(featuresOf(who, c!, null).features.person).toBe(1);
    expect(featuresOf(who, d!, null).features.noPerson).toBe(1);
  });

  it('gives a question none of whose words the reports use no credit for a telling name', () => {
    const [c] = candidatesOf('111年計補助3,480人健康檢查。');
    const unknown = query('111年從外面找進來的人有幾個？');
    expect(unknown.terms.every((t) => !t.known)).toBe(true);
    const f = featuresOf(unknown, c!, null).features;
    expect([f.keyInSentence, f.keyAround, f.weakest]).toEqual([0, 0, 0]);
    // a question in the reports' words keeps its credit
    expect(featuresOf(query('111年健康檢查補助了多少人？'), c!, null).features.keyInSentence).toBe(1);
  });

  it('tells a missing word beside the asking words that the reports use from a paraphrase', () => {
    const [c] = candidatesOf('111年數位學習平台開設課程共計560門，選課人次為91,500人次。');
    const part = featuresOf(query('111年數位學習選課的有幾個人通過？'), c!, null).features;
    expect([part.cueMissing, part.knownCueMissing]).toEqual([1, 1]);
    const paraphrase = featuresOf(query('111年數位學習選課的有幾個人考到照？'), c!, null).features;
    expect([paraphrase.cueMissing, paraphrase.knownCueMissing]).toEqual([1, 0]);
  });
});
