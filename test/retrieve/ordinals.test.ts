import { describe, expect, it } from 'vitest';
import { ordinalConflict, ordinalsOf } from '../../src/retrieve/ordinals';

describe('ordinals of a series', () => {
  it('reads digits and Chinese numerals alike, with what they count', () => {
    expect(ordinalsOf('第一類人員及第2類人員')).toEqual(['1類', '2類']);
    expect(ordinalsOf('本府第六階段推動性別主流化')).toEqual(['6階段']);
    expect(ordinalsOf('第330次市政會議')).toEqual(['330次']);
    // the longer word of the series is read whole: 第2班期, not 第2班
    expect(ordinalsOf('第2班期')).toEqual(['2班期']);
    expect(ordinalsOf('第幾類人員')).toEqual([]);
  });

  it('is a conflict only when the sentence names others of the series and never the one asked', () => {
    expect(ordinalConflict('健康補助原則的第2類人員最高補助多少', '第一類人員（市長、副市長）得累計2年補助1次健康檢查費用，最高3萬2千元')).toBe(true);
    expect(ordinalConflict('第2類人員補助多少', '第一類人員補助3萬元，第二類人員補助1萬元')).toBe(false);
    expect(ordinalConflict('第4階段性別主流化計畫每人要上幾小時', '第四階段性別主流化實施計畫規定每人每年2小時')).toBe(false);
    expect(ordinalConflict('第331次市政會議表揚了幾位', '於第330次市政會議公開表揚12人')).toBe(true);
    // another series, or none named in the sentence, is no conflict
    expect(ordinalConflict('第2類人員補助多少', '第1期月退休金發放42億元')).toBe(false);
    expect(ordinalConflict('第2類人員補助多少', '健康檢查補助最高3,500元')).toBe(false);
  });
});

describe('ordinals around the sentence', () => {
  it('reads the text around a sentence that names no ordinal of its own', () => {
    const around = '第一類人員（市長、副市長）得累計2年補助1次健康檢查費用，最高3萬2千元。';
    expect(ordinalConflict('第2類人員健康檢查補助最高多少', '其健康檢查補助費每3年補助1次，最高以3,500元為限', around)).toBe(true);
    expect(ordinalConflict('第1類人員健康檢查補助最高多少', '其健康檢查補助費每3年補助1次，最高以3,500元為限', around)).toBe(false);
  });
});
