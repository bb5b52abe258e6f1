import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { quoteSpan, WHOLE_SENTENCE } from '../../src/answer/spans';
import { pickFigures } from '../../src/retrieve/picks';
import { miniEngine } from '../mini';
import { candidatesOf } from '../retrieve/candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

const quoted = (question: string, sentence: string): string => {
  const q = engine.plan(question).parts[0]!;
  const c = candidatesOf(sentence)[0]!;
  const span = quoteSpan({ candidate: c, picks: pickFigures(q, c) }, q);
  return c.passage.text.slice(span.start, span.end);
};

describe('the part of a sentence quoted', () => {
  it('is the whole of a short sentence', () => {
    const s = '110年辦理攝影入門班1班，計有40人參訓。';
    expect(quoted('攝影入門班有幾人參訓？', s)).toBe(s);
  });

  it('of a list item with no words of its own before its figure, takes the item before it too', () => {
    const s = '為提升同仁與國際友好城市之語文溝通及交流能力，薦送參加行政院所屬語言中心辦理之日語密集訓練國內課程，本年度計推薦5人參加初級班；8人參加中高級班，完訓者計有初級班3名；中高級班2名。';
    expect(s.length).toBeGreaterThan(WHOLE_SENTENCE);
    expect(quoted('中高級班完訓的有幾人？', s)).toBe('8人參加中高級班，完訓者計有初級班3名；中高級班2名。');
    expect(quoted('推薦幾人參加日語密集訓練中高級班？', s)).toBe('為提升同仁與國際友好城市之語文溝通及交流能力，薦送參加行政院所屬語言中心辦理之日語密集訓練國內課程，本年度計推薦5人參加初級班；8人參加中高級班，完訓者計有初級班3名');
  });

  it('reaches back in a long sentence to the clause that names the subject best, a name quoted within it too', () => {
    const s =
      '為增進同仁對數位工具之瞭解並提升業務處理效率與服務品質，邀請本市資訊專家擔任講座於110年5月3日及10日假人力發展中心辦理2梯次「用『心』學攝影」研習班，協助同仁熟悉攝影器材之操作方式，共計86人參訓。';
    expect(s.length).toBeGreaterThan(WHOLE_SENTENCE);
    const quote = quoted('「用心學攝影」研習班有幾人參訓？', s);
    expect(quote).toContain('「用『心』學攝影」研習班');
    expect(quote).toMatch(/共計86人參訓。?$/);
    // never further back than the clause that names it
    expect(quote).not.toContain('為增進同仁');
  });

  it('of a figure whose clause names nothing of the question, takes the clause after it that says what it is of', () => {
    const s =
      '112年1月13日，日本友好城市熊本縣蒲島郁夫知事及熊本市大西一史市長共同率領近60人訪團來高，與陳其邁市長和市府團隊商討雙方城市交流、高科技產業互動、人才教育交流等議題的實質合作。';
    expect(s.length).toBeGreaterThan(WHOLE_SENTENCE);
    expect(quoted('熊本訪團是哪一天來的？', s)).toBe('112年1月13日，日本友好城市熊本縣蒲島郁夫知事及熊本市大西一史市長共同率領近60人訪團來高');
  });
});
