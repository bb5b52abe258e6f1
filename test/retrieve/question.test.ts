import { describe, expect, it } from 'vitest';
import { prepareQuestion, stripFillers } from '../../src/retrieve/question';
import { chineseNumber } from '../../src/text/numbers';
import { looksSimplified } from '../../src/text/script';

describe('preparing a question', () => {
  it('drops the words people add around a question', () => {
    expect(stripFillers('請問113年退休的有多少人')).toBe('113年退休的有多少人');
    expect(stripFillers('幫我查一下那個防疫關懷包發了幾份')).toBe('防疫關懷包發了幾份');
    expect(stripFillers('調解又有幾件')).toBe('調解有幾件');
  });

  it('writes ordinals in digits, as the reports print them', () => {
    expect(prepareQuestion('104年第二次首長團隊共識營在哪裡？').text).toContain('第2次');
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('第')).toBeNull();
  });

  it('converts Simplified questions only: a Traditional one is left as typed', () => {
    expect(looksSimplified('防疫关怀包里面装了什么')).toBe(true);
    expect(looksSimplified('一日志工體驗營是去哪裡')).toBe(false);
    expect(prepareQuestion('一日志工體驗營是去哪裡？').text).toContain('一日志工');
    expect(prepareQuestion('防疫关怀包发了几份？').text).toContain('防疫關懷包');
  });
});
