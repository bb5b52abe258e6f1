import { describe, expect, it } from 'vitest';
import { namedReports } from '../../src/retrieve/report-kind';

describe('the kinds of report a question names', () => {
  const kinds = ['業務報告', '施政計畫', '施政績效成果'];

  it('reads a kind by its own name and by the words users call it', () => {
    expect(namedReports('106年施政計畫裡員額要精簡幾%', kinds)).toEqual(['施政計畫']);
    expect(namedReports('104年績效報告寫的退休人數', kinds)).toEqual(['施政績效成果']);
    expect(namedReports('行政暨國際處業務報告涵蓋的期間', kinds)).toEqual(['業務報告']);
  });

  it('names no kind for a question about a thing only', () => {
    expect(namedReports('106年住宅輔貸編多少錢', kinds)).toEqual([]);
  });

  it('reads a kind no table lists by its own name, and a listed kind with no report loaded', () => {
    expect(namedReports('年度預算書的總額', ['預算書'])).toEqual(['預算書']);
    expect(namedReports('106年施政計畫的預算', ['業務報告'])).toEqual(['施政計畫']);
  });
});
