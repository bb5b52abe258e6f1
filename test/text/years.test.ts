import { describe, expect, it } from 'vitest';
import { adToRoc, findPeriod, findYears, printedOnlyAsName, rewriteAdYears, rocToAd } from '../../src/text/years';
import { norm } from '../../src/text/normalize';

describe('ROC years', () => {
  it('converts between AD and ROC years', () => {
    expect(rocToAd(113)).toBe(2024);
    expect(adToRoc(2017)).toBe(106);
  });

  it('finds the years a text mentions, in any spelling the reports use', () => {
    const years = (t: string) => findYears(norm(t)).map((y) => y.roc);
    expect(years('113全年度共計1,212人')).toEqual([113]);
    expect(years('截至 113 年 12 月份止')).toEqual([113]);
    expect(years('2023 年高雄燈會')).toEqual([112]);
    expect(years('任職滿 30年者')).toEqual([]);
    expect(years('106-108 年 3 年內')).toEqual([106, 107, 108, 108]);
  });

  it('rewrites AD years in questions, keeping a name such as 2023年高雄燈會 findable', () => {
    expect(rewriteAdYears('2024年下半年', false)).toBe('2024年(113年)下半年');
    expect(rewriteAdYears('second half of 2024', true)).toBe('second half of 113年');
    expect(rewriteAdYears('1999服務專線', false)).toBe('1999服務專線');
    // in English a bare number is a year, unless it is a name (the reports print 1999 only as the hotline's)
    const hotline = (digits: string) => digits === '1999';
    expect(rewriteAdYears('attended the 1999 citizen service workshop', true, hotline)).toBe('attended the 1999 citizen service workshop');
    expect(rewriteAdYears('the 2015 retirement classes', true, hotline)).toBe('the 104年 retirement classes');
  });
});

describe('periods', () => {
  it('reads halves, full years, year-ends and the current period', () => {
    expect([...findPeriod(norm('113年 7月至 12月期間')).parts]).toEqual(['H2']);
    expect([...findPeriod('106年下半年').parts]).toEqual(['H2']);
    expect([...findPeriod('113全年度').parts]).toEqual(['FULL']);
    expect([...findPeriod('截至113年12月止').parts]).toEqual(['END']);
    expect(findPeriod('本期共計發放').current).toBe(true);
  });

  it('tells a number the reports print only as a name from a year they print', () => {
    const corpus = '強化1999服務效能。宣達2015~2016健康99。2022年績優基層人員。';
    const used = (t: string): boolean => corpus.includes(t);
    expect(printedOnlyAsName('1999', used)).toBe(true);
    // printed in a span of years, or with 年: a year
    expect(printedOnlyAsName('2016', used)).toBe(false);
    expect(printedOnlyAsName('2015', used)).toBe(false);
    expect(printedOnlyAsName('2022', used)).toBe(false);
    // not printed at all: nothing says it is a name
    expect(printedOnlyAsName('2017', used)).toBe(false);
  });
});
