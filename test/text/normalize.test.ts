import { describe, expect, it } from 'vitest';
import { compactSpaces, normalizeForMatch, sourceRange, squash } from '../../src/text/normalize';

describe('normalizeForMatch', () => {
  it('removes the spaces the PDF put inside dates and numbers', () => {
    expect(normalizeForMatch('113年 7月 4日').text).toBe('113年7月4日');
    expect(normalizeForMatch('1 1 2 年 4 月 2 6 日').text).toBe('112年4月26日');
    expect(normalizeForMatch('41億 4,612萬 0,193元').text).toBe('41億4,612萬0,193元');
  });

  it('keeps one space between Latin words and lower-cases them', () => {
    expect(normalizeForMatch('Brandon  Hall Group 競賽').text).toBe('brandon hall group競賽');
  });

  it('applies NFKC and folds character variants', () => {
    expect(normalizeForMatch('精簡率約為 29.86％，新臺幣').text).toBe('精簡率約為29.86%,新台幣');
    // two spellings in use: 規劃 and 規畫 match each other
    expect(normalizeForMatch('退休生涯規劃').text).toBe(normalizeForMatch('退休生涯規畫').text);
  });

  it('maps every normalised character back to its source', () => {
    const src = '計 3,032\n人次完訓';
    const n = normalizeForMatch(src);
    const start = n.text.indexOf('3,032');
    const [s, e] = sourceRange(n, src, start, start + '3,032人次'.length + 1);
    expect(src.slice(s, e)).toBe('3,032\n人次');
  });
});

describe('compactSpaces and squash', () => {
  it('drops spaces around Chinese and digits but not between Latin words', () => {
    expect(compactSpaces('計有 266 人參訓，Ron Nirenberg 市長')).toBe('計有266人參訓，Ron Nirenberg市長');
  });
  it('squash is the evaluation comparison: NFKC, no whitespace', () => {
    expect(squash('比例達 33.02％')).toBe('比例達33.02%');
  });
});
