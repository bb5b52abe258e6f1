import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from '../../src/text/sentences';

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
const clauses = (text: string): string[] => splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('sentence and clause boundaries', () => {
  it('ends a sentence after 。！？ with its closing quote, and at a line break', () => {
    expect(sentences('計有34人參訓。滿意度達9成！\n另辦理2場')).toEqual(['計有34人參訓。', '滿意度達9成！', '另辦理2場']);
    expect(sentences('以「共榮思維」為主題。」後續')).toEqual(['以「共榮思維」為主題。」', '後續']);
  });

  it('does not end a sentence at a mark inside 「」, unless the quote is never closed on its line', () => {
    expect(sentences('數位課程「生態交通有go讚！高雄綠色運輸」、「穿越古今」獲得銀牌。另獲銅牌。')).toEqual(['數位課程「生態交通有go讚！高雄綠色運輸」、「穿越古今」獲得銀牌。', '另獲銅牌。']);
    expect(sentences('標題「未完。下一句\n新的一行。')).toEqual(['標題「未完。', '下一句', '新的一行。']);
  });

  it('splits clauses at ，；： but not inside 「」（） nor at a thousands separator', () => {
    expect(clauses('以「幸福高雄，宜居城市」為主題，計1,234人參加；滿意度95%')).toEqual(['以「幸福高雄，宜居城市」為主題，', '計1,234人參加；', '滿意度95%']);
  });
});
