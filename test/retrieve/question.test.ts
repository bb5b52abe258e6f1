import { describe, expect, it } from 'vitest';
import { prepareQuestion, stripFillers } from '../../src/retrieve/question';
import { chineseNumber, chineseNumeral } from '../../src/text/numbers';
import { looksSimplified } from '../../src/text/script';

describe('preparing a question', () => {
  it('drops the words people add around a question', () => {
    expect(stripFillers('請問113年退休的有多少人')).toBe('113年退休的有多少人');
    expect(stripFillers('幫我查一下那個防疫關懷包發了幾份')).toBe('防疫關懷包發了幾份');
    expect(stripFillers('調解又有幾件')).toBe('調解有幾件');
  });

  it('drops a pointing word before a class or an event (那班, 這場), and reads a sum in everyday words as 合計', () => {
    expect(stripFillers('8月20號那班攝影班有幾人')).toBe('8月20號攝影班有幾人');
    // 那部分: the part of what was asked before, no topic of its own
    expect(stripFillers('男性那部分有幾位')).toBe('男性有幾位');
    expect(stripFillers('教育人員的部分有幾位')).toBe('教育人員有幾位');
    expect(stripFillers('部分工時人員有幾位')).toBe('部分工時人員有幾位');
    expect(stripFillers('委任這一部份晉陞幾人')).toBe('委任晉陞幾人');
    expect(prepareQuestion('預算全部加起來多少？').text).toBe('預算合計多少?');
    expect(prepareQuestion('三項經費加總是多少？').text).toBe('3項經費合計是多少?');
  });

  it('drops the reports’ publisher, but not another city’s government', () => {
    expect(stripFillers('104年高雄市政府總共退休多少人')).toBe('104年總共退休多少人');
    expect(stripFillers('高市府毒品防制局編制員額')).toBe('毒品防制局編制員額');
    expect(stripFillers('市政府今年英檢通過幾人')).toBe('今年英檢通過幾人');
    expect(stripFillers('臺北市政府身心障礙人員進用比例')).toBe('臺北市政府身心障礙人員進用比例');
    expect(stripFillers('全國有幾個縣市政府人事機構')).toBe('全國有幾個縣市政府人事機構');
  });

  it('reads a bare number of an English question as a year, unless it is a name the reports print', () => {
    const question = 'How many people attended the 1999 citizen service workshop?';
    expect(prepareQuestion(question).text).toContain('88年');
    expect(prepareQuestion(question, (digits) => digits === '1999').text).not.toContain('88年');
    // after a word of time it is a year, whatever else the reports print it as
    expect(prepareQuestion('How many people retired in 2015?', (digits) => digits === '2015').text).toContain('104年');
  });

  it('writes ordinals in digits, as the reports print them', () => {
    expect(prepareQuestion('104年第二次首長團隊共識營在哪裡？').text).toContain('第2次');
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('第')).toBeNull();
    // and back, below a hundred
    for (const n of [9, 12, 20, 99]) expect(chineseNumber(chineseNumeral(n)!)).toBe(n);
    expect(chineseNumeral(100)).toBeNull();
  });

  it('reads a ROC year typed without 年 before the part of the year', () => {
    expect(prepareQuestion('113下半年港都e學苑學了幾小時？').text).toContain('113年下半年');
    expect(prepareQuestion('1999上半年').text).toBe('1999上半年');
  });

  it('reads weeks in 週, as the reports count them (為期8週)', () => {
    expect(prepareQuestion('校長儲訓上了幾個禮拜？').text).toContain('幾週');
    expect(prepareQuestion('課程有八個星期嗎？').text).toContain('8週');
    // a weekday is no duration
    expect(prepareQuestion('禮拜幾上課？').text).toContain('禮拜幾');
  });

  it('reads a medal asked by one character as the reports print it (什麼牌 → 獎牌), not a prize, printed by its name', () => {
    expect(prepareQuestion('那個比賽拿了什麼牌？').text).toContain('什麼獎牌');
    expect(prepareQuestion('他們得了哪個獎').text).toContain('哪個獎');
    expect(prepareQuestion('他們得了哪個獎').text).not.toContain('獎牌');
    // a word that only starts with it is left as typed (哪個牌子)
    expect(prepareQuestion('用的是哪個牌子？').text).toContain('哪個牌子');
  });

  it('reads 幾 typed as another ㄐㄧ (機, 己) before a classifier when nothing else asks', () => {
    expect(prepareQuestion('宣導辦了機場次？').text).toBe('宣導辦了幾場次?');
    expect(prepareQuestion('研習班有己個人參加').text).toBe('研習班有幾個人參加');
    // a message with a question word of its own, or 機 in a word, is left as typed
    expect(prepareQuestion('機場捷運有多少人').text).toBe('機場捷運有多少人');
    expect(prepareQuestion('開了機場次有幾場').text).toContain('機場次');
    expect(prepareQuestion('飛機場的員額').text).toBe('飛機場的員額');
  });

  it('writes counts in digits too, but not a lone 一 nor a numeral inside a name', () => {
    expect(prepareQuestion('健檢每兩年補助幾次？').text).toContain('每2年');
    expect(prepareQuestion('有十二個姊妹市嗎？').text).toContain('12個姊妹市');
    expect(prepareQuestion('主任儲訓一百二十小時嗎？').text).toContain('120小時');
    for (const q of ['一年下來辦了幾場？', '兩行政中心修了幾件？', '三節慰問金發了多少？', '推薦了哪兩位？']) expect(prepareQuestion(q).text).toBe(q.replace('？', '?'));
  });

  it('converts Simplified questions only: a Traditional one is left as typed', () => {
    expect(looksSimplified('防疫关怀包里面装了什么')).toBe(true);
    expect(looksSimplified('一日志工體驗營是去哪裡')).toBe(false);
    expect(prepareQuestion('一日志工體驗營是去哪裡？').text).toContain('一日志工');
    expect(prepareQuestion('防疫关怀包发了几份？').text).toContain('防疫關懷包');
  });
});
