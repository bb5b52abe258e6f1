import { describe, expect, it } from 'vitest';
import { isEnglish, translateEnglish } from '../../src/text/glossary';

describe('English questions in the reports’ terms', () => {
  it('tells an English question from a Chinese one with a name in Latin letters', () => {
    expect(isEnglish('How many people retired in 2024?')).toBe(true);
    expect(isEnglish('113年WebITR差勤系統使用幾次？')).toBe(false);
  });

  it('splits two questions joined by 「and」 before a question word, and reads what venue as where', () => {
    const out = translateEnglish('When did the Control Yuan inspect Kaohsiung and what venue did they visit?');
    expect(out).toContain('，');
    expect(out.split(/\s+/)).toEqual(expect.arrayContaining(['何時', '監察院', '哪裡']));
    expect(translateEnglish('How many people attended and passed?')).not.toContain('，');
    expect(translateEnglish('Who did the mayor meet by video?').split(/\s+/)).toContain('視訊');
  });

  it('turns the domain’s words and the places the reports name into their Chinese terms', () => {
    const out = translateEnglish('How many students did Kaohsiung send to the Daegu youth camp?').split(' ');
    expect(out).toEqual(expect.arrayContaining(['多少', '學生', '大邱', '青年', '營']));
    // the longer title first: a vice mayor is no mayor
    expect(translateEnglish('Which vice mayor met the mayor of Hachioji?').split(' ')).toEqual(expect.arrayContaining(['哪個', '副市長', '市長', '八王子']));
    expect(translateEnglish('Which vice mayor met the mayor of Hachioji?').split(' ').filter((w) => w === '市長')).toHaveLength(1);
    // schools by their level, and their principals
    expect(translateEnglish('How many elementary school principals were trained?').split(' ')).toEqual(expect.arrayContaining(['國小', '校長', '訓練']));
    expect(translateEnglish('How many junior high principals?').split(' ')).toEqual(expect.arrayContaining(['國中', '校長']));
    // trainings, works and welfare as the reports name them; the longer name before its last word (contracted stores: 特約商店, not 商店)
    expect(translateEnglish('How many attended the workplace skills workshop?').split(' ')).toEqual(expect.arrayContaining(['職場', '技巧', '研習班']));
    expect(translateEnglish('How many care packages were handed out?').split(' ')).toEqual(expect.arrayContaining(['關懷包', '發放']));
    expect(translateEnglish('When was the elevator renovation accepted?').split(' ')).toEqual(expect.arrayContaining(['電梯', '整修', '驗收']));
    expect(translateEnglish('How many contracted stores are there?').split(' ')).toContain('特約商店');
    // the reports' other topics: facilities, staff of other kinds, welfare
    expect(translateEnglish('How many temporary workers were hired after the air conditioning repairs?').split(' ')).toEqual(expect.arrayContaining(['臨時人員', '空調', '維修']));
    expect(translateEnglish('How many attended the remote work and sexual harassment classes?').split(' ')).toEqual(expect.arrayContaining(['居家辦公', '性騷擾']));
    // the subjects the reports' headings name, before a shorter word takes part of them (loan, training)
    expect(translateEnglish('How much was budgeted for the housing loan program?').split(' ')).toEqual(expect.arrayContaining(['住宅輔購貸款', '計畫']));
    expect(translateEnglish('How many took parental leave at the training center?').split(' ')).toEqual(expect.arrayContaining(['育嬰留職停薪', '公務人力發展中心']));
    expect(translateEnglish('When did the e-learning platform go online?').split(' ')).toEqual(expect.arrayContaining(['數位學習', '平台', '上線']));
    // a training completed is 完訓, the reports' word for who finished it; the civil service's training is 公務人力's
    expect(translateEnglish('How many people completed the civil service training courses?').split(' ')).toEqual(expect.arrayContaining(['完訓', '公務人力', '訓練', '課程']));
    // staff taken on from outside are the reports' 外補, not promoted within
    expect(translateEnglish('How many staff were recruited from outside last year?').split(' ')).toContain('外補');
    expect(translateEnglish('How many external hires were there?').split(' ')).toContain('外補');
    expect(translateEnglish('When was the elevator renovation completed?').split(' ')).toContain('完成');
    // couples are counted in 對
    expect(translateEnglish('How many couples came?').split(' ')).toContain('幾對');
    // a session held to share what was learned is a 分享會, not a count of sessions
    expect(translateEnglish('How many attended the ATD conference sharing session?').split(' ')).toEqual(expect.arrayContaining(['研討會', '分享會']));
    // what a thing cost asks money; a day asked is a date; the -ing and -up forms
    expect(translateEnglish('How much did the AI program cost?').split(' ')).toEqual(expect.arrayContaining(['多少錢', '經費', '計畫']));
    expect(translateEnglish('What day did Pompeo visit?').split(' ')).toEqual(expect.arrayContaining(['哪一天', '龐培歐']));
    expect(translateEnglish('How much went to subsidizing health checkups?').split(' ')).toEqual(expect.arrayContaining(['補助', '健康檢查']));
    // shops are counted in 家; people after a preposition are whom something went to, not what is counted
    expect(translateEnglish('How many partner stores offer discounts?').split(' ')).toEqual(expect.arrayContaining(['多少家', '特約商店', '提供', '優惠']));
    expect(translateEnglish('How many care packages went to people in quarantine?').split(' ')).not.toContain('人員');
    expect(translateEnglish('How many people were in quarantine?').split(' ')).toEqual(expect.arrayContaining(['多少人', '居家檢疫']));
    // national exams: an exam district is 考區 (not 考試), who sits one a 考生
    expect(translateEnglish('How many candidates did the southern exam district serve?').split(' ')).toEqual(expect.arrayContaining(['考生', '南部', '考區', '服務']));
    // an exam's venue is its district too, not a venue lent out (場地)
    expect(translateEnglish('How many candidates sat at the national exam venue?').split(' ')).toEqual(expect.arrayContaining(['國家', '考區']));
    expect(translateEnglish('How many candidates sat at the national exam venue?').split(' ')).not.toContain('場地');
  });

  it('writes a month the way the reports do, with its year first', () => {
    expect(translateEnglish('How many people took the Hakka class in July 2024?')).toContain('2024 7月');
    expect(translateEnglish('How many visitors came in Sept. 2022?')).toContain('2022 9月');
    // a day before or after the month is kept with it (the reports write 111年12月1日)
    expect(translateEnglish('Who visited on 1 December 2022?')).toContain('2022 12月1日');
    expect(translateEnglish('What happened on December 8th, 2022?')).toContain('2022 12月8日');
    // may is a modal, not May
    expect(translateEnglish('Who may apply for the loan?')).not.toContain('5月');
  });

  it('reads the class of a medal as its rank, not as a course, and how many years as a length of time', () => {
    const out = translateEnglish('How many years of service are needed for a first-class service medal?').split(' ');
    expect(out).toEqual(expect.arrayContaining(['幾年', '一等', '服務獎章']));
    expect(out).not.toContain('班');
    expect(translateEnglish('What is the total budget of the Personnel Department?').split(' ')).toEqual(expect.arrayContaining(['總預算', '人事處']));
  });

  it('drops a lone letter (the article a): it is no term', () => {
    expect(translateEnglish('Which country sent a delegation?').split(' ')).not.toContain('a');
    expect(translateEnglish('Which country sent a delegation?').split(' ')).toEqual(expect.arrayContaining(['哪個', '國', '訪團']));
  });

  it('keeps an English word it has no term for, and a name written with capitals', () => {
    const out = translateEnglish('How many WebITR outages were there?').split(' ');
    expect(out).toEqual(expect.arrayContaining(['WebITR', 'outages']));
  });
});
