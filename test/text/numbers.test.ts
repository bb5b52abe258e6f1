import { describe, expect, it } from 'vitest';
import { extractFigures, extractTimeWords, figureTokens, parseAmount } from '../../src/text/numbers';
import { norm } from '../../src/text/normalize';

const figures = (text: string) => extractFigures(norm(text)).map((f) => [f.text, f.kind]);

describe('extractFigures', () => {
  it('reads amounts with Chinese magnitudes as one figure', () => {
    expect(figures('發放金額合計 41億 4,612萬 0,193元')).toEqual([['41億4,612萬0,193元', 'money']]);
    expect(parseAmount('42億6,905萬4,051')).toBe(4_269_054_051);
    expect(figures('最高3萬 2千元')).toEqual([['3萬2千元', 'money']]);
  });

  it('keeps counts with their units, including 人次 and 35(1)人', () => {
    expect(figures('編制員額共計35(1)人，完訓 16,125人次')).toEqual([
      ['35(1)人', 'count'],
      ['16,125人次', 'count'],
    ]);
    expect(figures('增設營養室、身心復元科及身心照護科等3科')).toEqual([['3科', 'count']]);
    expect(figures('共有病床120床、大樓3棟')).toEqual([['120床', 'count'], ['3棟', 'count']]);
    // a bare 「N日」 after a leave or a total is a number of days, not a day of the month
    expect(figures('頒給獎金8萬元，並給予公假 5日')).toEqual([['8萬元', 'money'], ['5日', 'duration']]);
    expect(figures('於同年月27日辦理')).toEqual([['27日', 'date']]);
  });

  it('tells percentages, rates, durations, years and dates apart', () => {
    expect(figures('比例達 33.02%')).toEqual([['33.02%', 'percent']]);
    expect(figures('年息1.21厘')).toEqual([['1.21厘', 'rate']]);
    expect(figures('相當會員或9折以上優惠')).toEqual([['9折', 'rate']]);
    expect(figures('每 3年補助 1次')).toEqual([
      ['3年', 'duration'],
      ['1次', 'count'],
    ]);
    expect(figures('任職滿 30年者')).toEqual([['30年', 'duration']]);
    expect(figures('113年度')).toEqual([['113年度', 'year']]);
    expect(figures('自 111 年 12 月 26 日起')).toEqual([['111年12月26日', 'date']]);
    expect(figures('111 年 7 月 1 日至 112 年 3 月 15 日')).toEqual([['111年7月1日至112年3月15日', 'date']]);
  });

  it('reads a lone Chinese digit before a unit as a figure, as printed — not 一 (一級), 兩 (both) but before what counts events; after 第 an ordinal', () => {
    expect(figures('分為休閒、美食及生活等三大主題')).toEqual([['三大', 'count']]);
    expect(figures('每二年一次給予公假')).toEqual([['二年', 'duration']]);
    expect(figures('一級機關及兩行政中心')).toEqual([]);
    expect(figures('分別辦理研習班(一)、(二)兩場次，計189人參加')).toEqual([['兩場次', 'count'], ['189人', 'count']]);
    expect(figures('兩班期分別於8月22日及11月29日辦理')).toEqual([['8月22日', 'date'], ['11月29日', 'date']]);
    expect(figures('第三次會議')).toEqual([['三次', 'ordinal']]);
    expect(figures('專業期刊第八卷第二期')).toEqual([['二期', 'ordinal']]);
    expect(figures('第一線人員、第十三職等')).toEqual([]);
  });

  it('reads N年期 as the name of a deposit, and N周年 as a span of years', () => {
    expect(figures('依郵政儲金2年期定期儲蓄利率')).toEqual([['2年', 'number']]);
    expect(figures('締盟 30 周年')).toEqual([['30周年', 'duration']]);
  });

  it('reads a number after 第 as an ordinal: which one, not how many', () => {
    expect(figures('其中第3期「國際高雄」、第 330 次市政會議')).toEqual([
      ['3期', 'ordinal'],
      ['330次', 'ordinal'],
    ]);
    expect(figures('計開辦175個班期')).toEqual([['175個班期', 'count']]);
  });

  it('reads a list item\'s number before the year that opens it as no figure (3.106年11月 is no duration)', () => {
    const kinds = (t: string) => extractFigures(norm(t)).map((f) => [f.text, f.kind]);
    expect(kinds('3.106年11月媒合本市公教退休人員協會')).toEqual([['106年11月', 'date']]);
    expect(kinds('4.104年度完成委製多媒體互動數位課程')).toEqual([['104年度', 'year']]);
    // a decimal duration stays one
    expect(kinds('平均任職3.5年')).toEqual([['3.5年', 'duration']]);
  });

  it('gives search tokens for a figure as printed and as a bare number', () => {
    expect(figureTokens(norm('已進用 1,940人'))).toEqual(['1,940人', '1,940', '1940']);
  });

  it('finds times given in words, but not the end of a year printed with its digits', () => {
    expect(extractTimeWords(norm('並於年中舉行擴大主管會報，遇有異動時於當月遴員補足')).map((f) => f.text)).toEqual(['年中', '當月']);
    expect(extractTimeWords(norm('截至104年底止'))).toEqual([]);
    expect(extractTimeWords(norm('每年定期辦理'))[0]).toMatchObject({ kind: 'date', value: null, start: 0, end: 2 });
  });
});
