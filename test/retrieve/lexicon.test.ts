import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../src/retrieve/lexicon';

const corpus = [
  '本處統籌採購防疫關懷包，本期共計發放190,840份。防疫關懷包縮減為1種。',
  '本府身心障礙人員進用比例達156%，原住民進用比例達352%。',
  '本府「港都e學苑」數位學習平台，提供數位課程。',
  '修正家庭暴力及性侵害防治中心編制表，增置社會工作師19人。',
  '修正經濟發展局組織規程，減列管理員10人。經濟發展局另有專員。',
  '凡通過英語檢定者補助英檢報名費用；通過英語檢定人數計4,980人。英語檢定通過率達26.19%。',
  '本府公務人力發展中心開辦175個班期；公務人力發展中心另辦數位課程；公務人力發展中心辦理研習，假人發中心上課。',
].join('\n');
const lexicon = new Lexicon(corpus);

describe('typos corrected against the reports’ own wording', () => {
  it('replaces one mistyped character of a name the reports use', () => {
    expect(lexicon.correct('防疫關壞包總共發了幾份?')).toBe('防疫關懷包總共發了幾份?');
    expect(lexicon.correct('身心障礙人員進用比列是多少?')).toBe('身心障礙人員進用比例是多少?');
    expect(lexicon.correct('港都e學院有多少課程?')).toBe('港都e學苑有多少課程?');
  });

  it('makes no correction that changes what the question asks', () => {
    const units = new Lexicon('本處統籌採購防疫關懷包，由採購單位辦理。');
    // 單價 (asks money) would read as the reports' 單位 (a count's word): only with a check of what is asked is it kept
    expect(units.correct('關懷包採購單價是多少?')).toBe('關懷包採購單位是多少?');
    const sameAsk = (t: string) => !/單位/.test(t);
    expect(units.correct('關懷包採購單價是多少?', sameAsk)).toBe('關懷包採購單價是多少?');
  });

  it('leaves question words, figures and words the reports do not use alone', () => {
    // a word is never read as a joining character (理財班 is no typo of 理財及)
    const classes = new Lexicon('舉辦退休理財及勞保給付搶先知研習班，共計90人參訓。');
    expect(classes.correct('退休理財班有幾個人?')).toBe('退休理財班有幾個人?');
    // a character before an aspect particle is the question's verb (上了, not the reports' 下半年計…)
    const plans = new Lexicon('113年下半年計開辦258班。113年下半年計有776人辦理退休。');
    expect(plans.correct('淨零的課下半年上了幾班?')).toBe('淨零的課下半年上了幾班?');
    // nor a modal (可以), nor a character right after 的
    const awards = new Lexicon('對模範公務人員施以表揚。採實體與線上課程同步進行。');
    expect(awards.correct('模範公務人員可以放幾天?')).toBe('模範公務人員可以放幾天?');
    expect(awards.correct('有幾個簡任的人上課?')).toBe('有幾個簡任的人上課?');
    // nor the speaker's own words for when (現在 is no typo of 人員及)
    const staff = new Lexicon('工級人員及臨時人員及在職人員共計8,015人。');
    expect(staff.correct('臨時人員現在一共多少人?')).toBe('臨時人員現在一共多少人?');
    // …nor how far along a thing is (已經 is no typo of 機關已全面's 已全)
    const systems = new Lexicon('共計有187個機關導入實施，各機關已全面達成。');
    expect(systems.correct('有多少個機關已經在用?')).toBe('有多少個機關已經在用?');
    // …nor what is left (剩 is no typo of 編制員額's 員)
    const offices = new Lexicon('修編前總編制員額22人，修編後編制員額19人，編制員額共計35人。');
    expect(offices.correct('戶政所整併後編制剩多少人?')).toBe('戶政所整併後編制剩多少人?');
    // nor a character the reports print with its neighbour more often than the run a correction would make
    const english = new Lexicon('辦理英語多益測驗訓練班；多益檢定密集加強班；多益成績達標；規劃多元訓練課程。');
    expect(english.correct('104年多益訓練班訓練了多少人?')).toBe('104年多益訓練班訓練了多少人?');
    for (const q of ['防疫關懷包總共發了幾份?', '高雄市113年的失業率是多少?', '2023年(112年)燈會有多少貴賓?', '公務人員請了多少天病假?', '屏東縣的原住民進用比例是多少?']) {
      expect(lexicon.correct(q)).toBe(q);
    }
  });
});

describe('what the reports use', () => {
  it('tells a word the reports use from one they do not, of any length', () => {
    expect(lexicon.uses('英檢')).toBe(true);
    expect(lexicon.uses('防疫關懷包')).toBe(true);
    expect(lexicon.uses('防疫關懷袋')).toBe(false);
    expect(lexicon.uses('關懷包本期')).toBe(false);
    expect(lexicon.uses('失業')).toBe(false);
  });
});

describe('contractions expanded to the reports’ full names', () => {
  it('finds a name that holds a short form’s characters in order', () => {
    expect(lexicon.expand('家防中心', false)).toEqual(['家庭暴力及性侵害防治中心']);
    expect(lexicon.expand('經發局', false)).toEqual(['經濟發展局']);
  });

  it('for a word the reports use, only a four-character name it abbreviates', () => {
    expect(lexicon.expand('英檢', true)).toEqual(['英語檢定']);
    expect(lexicon.expand('通過', true)).toEqual([]);
  });

  it('for a longer short form the reports use too, the full name they use more often', () => {
    expect(lexicon.expand('人發中心', true)).toEqual(['人力發展中心']);
    expect(lexicon.expand('英語檢定', true)).toEqual([]);
  });
});
