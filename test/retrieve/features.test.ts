import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { featuresOf } from '../../src/retrieve/features';
import { miniEngine } from '../mini';
import { candidatesOf } from './candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});
const query = (q: string) => engine.understand(q).query;

describe('features of a candidate sentence', () => {
  it('marks a quoted name in the sentence for a which question only', () => {
    const [quoted, plain] = candidatesOf('111年數位學習平台參加「全球數位學習論壇」。111年數位學習平台開設課程共計560門。');
    const which = query('111年數位學習平台參加什麼活動？');
    expect(featuresOf(which, quoted!, null).features.quotedName).toBe(1);
    expect(featuresOf(which, plain!, null).features.quotedName).toBe(0);
    expect(featuresOf(query('111年數位學習平台開設課程多少門？'), quoted!, null).features.quotedName).toBe(0);
    // a rule the sentence acts under (依據「…辦法」) is no name of what is asked, unless rules are asked
    const [rule] = candidatesOf('111年依據「公務人員傑出貢獻獎表揚要點」推薦團體5組參選。');
    expect(featuresOf(query('111年傑出貢獻獎頒給哪個團體？'), rule!, null).features.quotedName).toBe(0);
    expect(featuresOf(query('111年傑出貢獻獎是依據哪個要點推薦？'), rule!, null).features.quotedName).toBe(1);
  });

  it('marks a date asked with a figure that names its month, not a day whose month is said elsewhere', () => {
    const [dated, dayOnly] = candidatesOf('111年12月20日熊本訪團來高雄拜會。訪團續於8日拜會熊本縣知事。');
    const when = query('熊本訪團是幾月幾號來的？');
    expect(featuresOf(when, dated!, null).features.datePrecise).toBe(1);
    expect(featuresOf(when, dayOnly!, null).features.datePrecise).toBe(0);
  });

  it('marks a which question for the one that is most when the sentence ranks nothing', () => {
    const [lists, ranks] = candidatesOf('111年辦理英文班、日文班及韓文班，共3班，計115人參訓。111年語文班以英文班參訓人數最多。');
    const most = query('111年那3個語文班哪一班人最多？');
    expect(featuresOf(most, lists!, null).features.superlativeUnsaid).toBe(1);
    expect(featuresOf(most, ranks!, null).features.superlativeUnsaid).toBe(0);
    expect(featuresOf(query('111年最多人上的是哪一班？'), lists!, null).features.superlativeUnsaid).toBe(1);
    // the most one may get (最多可以補助多少) is a figure the sentence states, not a ranking
    expect(featuresOf(query('111年英檢補助每人最多可以補多少錢？'), lists!, null).features.superlativeUnsaid).toBe(0);
    expect(featuresOf(query('111年語文班有幾班？'), lists!, null).features.superlativeUnsaid).toBe(0);
  });

  it('marks a question about an outcome when the sentence counts only who took part', () => {
    const [took, passed] = candidatesOf('111年辦理客語認證班1班，計有30人參訓。111年客語認證班計有25人通過初級認證。');
    const outcome = query('111年客語認證班有幾個人通過認證？');
    expect(featuresOf(outcome, took!, null).features.outcomeUnsaid).toBe(1);
    expect(featuresOf(outcome, passed!, null).features.outcomeUnsaid).toBe(0);
    // the reports' own words for an outcome count as one (獲頒, 完成)
    const [awarded] = candidatesOf('111年計有5人獲頒功績獎章。');
    expect(featuresOf(query('111年有幾個人拿到功績獎章？'), awarded!, null).features.outcomeUnsaid).toBe(0);
    // finishing is an outcome too (完成線上課程), not taking part
    expect(featuresOf(query('111年客語認證班有幾個人完成線上課程？'), took!, null).features.outcomeUnsaid).toBe(1);
    // asked what the outcome is (拿到什麼獎章), the sentence naming it answers whatever its verb
    const [requested] = candidatesOf('111年任職滿10年者，請頒三等服務獎章。');
    expect(featuresOf(query('111年做滿10年會拿到什麼服務獎章？'), requested!, null).features.outcomeUnsaid).toBe(0);
    expect(featuresOf(query('111年有幾個人拿到服務獎章？'), requested!, null).features.outcomeUnsaid).toBe(1);
    // …but a sentence that names neither an outcome nor the thing asked does not
    expect(featuresOf(query('111年客語認證班拿到什麼證書？'), took!, null).features.outcomeUnsaid).toBe(1);
    // becoming what the course prepares for (當上區長) is an outcome too
    const [trained] = candidatesOf('111年選送18名同仁參加區長培育儲備班。');
    expect(featuresOf(query('111年區長培育儲備班有幾個人當上區長？'), trained!, null).features.outcomeUnsaid).toBe(1);
    // being chosen (選出, 選上) is one: a sentence counting only who was put forward does not say it
    const [put, chosen] = candidatesOf('111年遴薦2人參加模範公務人員選拔。111年核定12人當選模範公務人員。');
    expect(featuresOf(query('111年選出幾位模範公務人員？'), put!, null).features.outcomeUnsaid).toBe(1);
    expect(featuresOf(query('111年選出幾位模範公務人員？'), chosen!, null).features.outcomeUnsaid).toBe(0);
    // a question about who took part asks no outcome
    expect(featuresOf(query('111年客語認證班有幾個人參訓？'), took!, null).features.outcomeUnsaid).toBe(0);
  });

  it('asked how many reached an outcome, reads it only in a clause with a figure or one saying all did', () => {
    const [goal, all, condition] = candidatesOf('111年辦理客語認證班1班，計有30人參訓，以通過初級認證為目標。111年客語認證班計有30人參訓，全數通過初級認證。111年凡通過英語檢定者，每人最高補助5,000元。');
    const howMany = query('111年客語認證班有幾個人通過認證？');
    expect(featuresOf(howMany, goal!, null).features.outcomeUnsaid).toBe(1);
    expect(featuresOf(howMany, all!, null).features.outcomeUnsaid).toBe(0);
    // asked for a sum on the condition of an outcome, the outcome is a condition, not a count
    expect(featuresOf(query('111年通過英語檢定的人最多可以補助多少錢？'), condition!, null).features.outcomeUnsaid).toBe(0);
  });

  it('reads a settled dispute as an outcome, not the disputes handled', () => {
    const [handled, settled] = candidatesOf('111年受理消費爭議申訴，調解85件。111年消費爭議調解85件，其中調解成立40件。');
    const outcome = query('111年消費爭議調解成立的有幾件？');
    expect(featuresOf(outcome, handled!, null).features.outcomeUnsaid).toBe(1);
    expect(featuresOf(outcome, settled!, null).features.outcomeUnsaid).toBe(0);
    expect(featuresOf(query('111年消費爭議調解了幾件？'), handled!, null).features.outcomeUnsaid).toBe(0);
  });

  it('marks a question about part of a whole when the sentence does not name that part', () => {
    const [checks, english] = candidatesOf('111年計補助3,480人健康檢查。截至111年12月，通過英語檢定人數為4,120人，其中簡任人員210人。');
    expect(featuresOf(query('111年健康檢查補助的人裡面有幾位是簡任人員？'), checks!, null).features.partUnsaid).toBe(1);
    expect(featuresOf(query('111年通過英語檢定的人當中有幾位是簡任人員？'), english!, null).features.partUnsaid).toBe(0);
    // …or be asked with 有 alone (補助的人有幾位是簡任人員)
    expect(featuresOf(query('111年健康檢查補助的人有幾位是簡任人員？'), checks!, null).features.partUnsaid).toBe(1);
    // the kind may come before the count
    const before = query('111年健康檢查補助的人裡面簡任人員有幾位？');
    expect(featuresOf(before, checks!, null).features.partUnsaid).toBe(1);
    expect(featuresOf(query('111年通過英語檢定的人裡面簡任人員有幾位？'), english!, null).features.partUnsaid).toBe(0);
    // a question about the whole asks no part, nor does 哪裡 (where)
    expect(featuresOf(query('111年健康檢查補助了幾個人？'), checks!, null).features.partUnsaid).toBe(0);
    expect(featuresOf(query('111年在哪裡健康檢查的人有多少？'), english!, null).features.partUnsaid).toBe(0);
    // a sentence naming the kind asked but not the whole counts that kind of something else
    const [women, models] = candidatesOf('111年女性一級主管計414人。111年核定模範公務人員16人。');
    const womenOfModels = query('111年模範公務人員裡面有幾個是女性？');
    expect(featuresOf(womenOfModels, women!, null).features.partUnsaid).toBe(1);
    expect(featuresOf(womenOfModels, models!, null).features.partUnsaid).toBe(1);
    expect(featuresOf(query('111年女性主管有幾位？'), women!, null).features.partUnsaid).toBe(0);
  });

  it('marks a change asked of one period answered with a level, not a change between two years asked', () => {
    const [level, change] = candidatesOf('截至111年12月底，特約商店共計748家。111年特約商店較110年增加35家。');
    const more = query('111年特約商店比前一年多了幾家？');
    expect(featuresOf(more, level!, null).features.levelForChange).toBe(1);
    expect(featuresOf(more, change!, null).features.levelForChange).toBe(0);
    // two years named: the change is computed from the two levels
    expect(featuresOf(query('特約商店111年比110年多了幾家？'), level!, null).features.levelForChange).toBe(0);
    expect(featuresOf(query('111年特約商店有幾家？'), level!, null).features.levelForChange).toBe(0);
  });

  it('marks a sentence without the figure the question states, and one that holds it but not the part asked of it', () => {
    const [checks, english] = candidatesOf('111年計補助3,480人健康檢查。截至111年12月，通過英語檢定人數為4,120人，其中簡任人員210人。');
    const part = query('111年健康檢查補助的3,480人裡有幾位是簡任人員？');
    expect(featuresOf(part, checks!, null).features).toMatchObject({ statedAbsent: 0, statedPartMissing: 1 });
    expect(featuresOf(part, english!, null).features).toMatchObject({ statedAbsent: 1, statedPartMissing: 0 });
    // the part asked of it is there: 4,120 of whom 210 are 簡任人員
    expect(featuresOf(query('111年英語檢定通過的4,120人裡有幾位是簡任人員？'), english!, null).features).toMatchObject({ statedAbsent: 0, statedPartMissing: 0 });
    expect(featuresOf(query('111年健康檢查補助多少人？'), checks!, null).features).toMatchObject({ statedAbsent: 0, statedPartMissing: 0 });
  });

  it('marks a figure given per unit or as a cap when the question asks for a total', () => {
    const [cap, sum] = candidatesOf('111年英語檢定通過者補助每人最高新臺幣5,000元。111年英語檢定補助合計120萬元。');
    const total = query('111年英語檢定補助總共發了多少錢？');
    expect(featuresOf(total, cap!, null).features.rateForTotal).toBe(1);
    expect(featuresOf(total, sum!, null).features.rateForTotal).toBe(0);
    // what was spent is a total too
    expect(featuresOf(query('111年市府花在英語檢定補助的錢是多少？'), cap!, null).features.rateForTotal).toBe(1);
    // asked per head, the cap is the answer
    expect(featuresOf(query('111年英語檢定每人最多補助多少錢？'), cap!, null).features.rateForTotal).toBe(0);
  });

  it('reads what a which question names after its classifier, and a sentence listing things of that kind', () => {
    const [lists, other] = candidatesOf('111年醫院增設營養室、復健科及照護科等3科。111年醫院增加病床20床。');
    const which = query('111年醫院新增了哪幾個科室？');
    expect(which.named?.text).toBe('科室');
    expect(featuresOf(which, lists!, null).features.named).toBe(1);
    expect(featuresOf(which, other!, null).features.named).toBe(0);
  });

  it('marks a sentence that gives the day the question names a thing by', () => {
    const [on, off] = candidatesOf('111年11月30日，市長與友好城市市長視訊。111年12月11日至13日，市長出訪友好城市。');
    const day = query('11月30日跟市長視訊的是哪個城市？');
    expect(featuresOf(day, on!, null).features.dayGiven).toBe(1);
    expect(featuresOf(day, off!, null).features.dayGiven).toBe(0);
    // a range gives its last day too (12月11日至13日: 12/13)
    expect(featuresOf(query('12月13日市長在哪裡？'), off!, null).features.dayGiven).toBe(1);
    expect(featuresOf(query('市長跟哪個城市視訊？'), on!, null).features.dayGiven).toBe(0);
  });

  it('marks a sentence that gives the month the question names a thing by, not a month that bounds a period', () => {
    const [november, december] = candidatesOf('冷氣汰換工程已於111年11月驗收完成。電梯整修工程已於111年12月驗收完成。');
    const month = query('111年11月驗收的是哪一項工程？');
    expect(featuresOf(month, november!, null).features.dayGiven).toBe(1);
    expect(featuresOf(month, december!, null).features.dayGiven).toBe(0);
    // 7月至12月 and 12月底 bound a period; they name no month a thing happened in
    expect(featuresOf(query('111年7月至12月驗收了哪些工程？'), december!, null).features.dayGiven).toBe(0);
    expect(featuresOf(query('111年12月底前驗收了哪些工程？'), december!, null).features.dayGiven).toBe(0);
  });

  it('finds a title with a name for a who question, a foreign name too', () => {
    const [c, d] = candidatesOf('111年訪團拜會友好城市，與該市駒澤廣行副市長討論合作。111年訪團參觀友好城市的市場。');
    const who = query('111年訪團見的是哪位副市長？');
    expect(featuresOf(who, c!, null).features.person).toBe(1);
    expect(featuresOf(who, d!, null).features.noPerson).toBe(1);
  });

  it('finds members named in a list after 為 (巡察委員為甲委員、乙委員)', () => {
    const [named, none] = candidatesOf('111年10月配合監察院辦理巡察，巡察委員為王大明委員、李小華委員。111年10月監察院巡察時受理陳情15件。');
    const who = query('111年監察院來巡察的委員是誰？');
    expect(featuresOf(who, named!, null).personMissing).toBe(false);
    expect(featuresOf(who, none!, null).personMissing).toBe(true);
  });

  it('asks a sentence that names a school or a hospital of a question asking which one', () => {
    const [named, none] = candidatesOf('111年與文藻外語大學合作辦理英語班。111年推薦5位大專院校學生參加青年營。');
    const which = query('111年英語班是跟哪間學校合作的？');
    expect(featuresOf(which, named!, null).institutionMissing).toBe(false);
    expect(featuresOf(query('111年青年營的學生是哪幾所學校的？'), none!, null).institutionMissing).toBe(true);
    // a question that asks for no institution is not held to it
    expect(featuresOf(query('111年青年營推薦幾位學生？'), none!, null).institutionMissing).toBe(false);
    // a generic word for all of them names none (各機關學校)
    const [generic] = candidatesOf('111年各機關學校計進用身心障礙人員30人。');
    expect(featuresOf(query('111年進用身心障礙人員的是哪些學校？'), generic!, null).institutionMissing).toBe(true);
  });

  it('does not count the person the question names itself for a who question', () => {
    const [leads, meets] = candidatesOf('111年7月，羅達生副市長率團出訪日本。訪團拜會八王子，與該市駒澤廣行副市長討論合作。');
    const who = query('羅副市長在八王子見的是哪位副市長？');
    expect(featuresOf(who, leads!, null).features.noPerson).toBe(1);
    expect(featuresOf(who, meets!, null).features.person).toBe(1);
    // named in full, the same
    expect(featuresOf(query('羅達生副市長見了哪位副市長？'), leads!, null).features.noPerson).toBe(1);
    // not named: the sentence's person answers
    expect(featuresOf(query('111年7月率團出訪日本的是哪位副市長？'), leads!, null).features.person).toBe(1);
  });

  it('reads a who question’s terms in the clause naming the person, as a figure’s own clause for a figure asked', () => {
    const text = '111年輔導各機關參與檔案管理金檔獎評獎，經初評遴選4個機關進行複評，並由稅捐稽徵處代表市府參加金檔獎；另推薦民政局秘書室陳主任淑鈴參加金質獎。';
    const [award] = candidatesOf(text);
    const own = featuresOf(query('111年推薦去參加金質獎的是誰？'), award!, null).features;
    const other = featuresOf(query('111年推薦去參加傑出貢獻獎的是誰？'), award!, null).features;
    expect(own.local).toBeGreaterThan(0.9);
    expect(other.local).toBeLessThan(own.local);
    // a figure asked: the figure's own clause, as before
    expect(featuresOf(query('111年金檔獎初評遴選了幾個機關？'), award!, null).features.local).toBeGreaterThan(0);
  });

  it('tells a sentence that says where from one that does not, for a where question', () => {
    const [at, none] = candidatesOf('111年9月15日假小琉球辦理首長團隊共識營。111年首長團隊共識營計34人參加。');
    const where = query('111年首長團隊共識營辦在哪裡？');
    expect(featuresOf(where, at!, null).features).toMatchObject({ place: 1, noPlace: 0 });
    expect(featuresOf(where, none!, null).features).toMatchObject({ place: 0, noPlace: 1 });
    // 病假 is leave, not a venue; and a question that does not ask where has neither
    const [leave] = candidatesOf('111年同仁請病假計30天。');
    expect(featuresOf(query('111年同仁在哪裡請病假？'), leave!, null).features.noPlace).toBe(1);
    expect(featuresOf(query('111年首長團隊共識營有幾人參加？'), at!, null).features).toMatchObject({ place: 0, noPlace: 0 });
  });

  it('marks a sentence of another kind of report than the one the question names', () => {
    const [c] = candidatesOf('111年辦理員工協助方案講座計10場次。');
    expect(featuresOf(query('111年施政計畫裡員工協助方案講座辦幾場？'), c!, null).otherReport).toBe(true);
    expect(featuresOf(query('111年業務報告裡員工協助方案講座辦幾場？'), c!, null).otherReport).toBe(false);
    expect(featuresOf(query('111年員工協助方案講座辦幾場？'), c!, null).otherReport).toBe(false);
  });

  it('reads the body a thing is sent to as the place, when the question asks where it is sent', () => {
    const [sent] = candidatesOf('111年研究發展徵文比賽由本處評選後，薦送行政院人事行政總處參加評比。');
    expect(featuresOf(query('111年徵文比賽評選完送去哪裡參加評比？'), sent!, null).features).toMatchObject({ place: 1, noPlace: 0 });
    // asked where it was held, the body it was sent to is no venue
    expect(featuresOf(query('111年徵文比賽在哪裡舉辦？'), sent!, null).features).toMatchObject({ place: 0, noPlace: 1 });
  });

  it('gives a question none of whose words the reports use no credit for a telling name', () => {
    const [c] = candidatesOf('111年計補助3,480人健康檢查。');
    const unknown = query('111年從外面找進來的人有幾個？');
    expect(unknown.terms.every((t) => !t.known)).toBe(true);
    const f = featuresOf(unknown, c!, null).features;
    expect([f.keyInSentence, f.keyAround, f.weakest]).toEqual([0, 0, 0]);
    // a question in the reports' words keeps its credit
    expect(featuresOf(query('111年健康檢查補助了多少人？'), c!, null).features.keyInSentence).toBe(1);
  });

  it('tells a missing word beside the asking words that the reports use from a paraphrase', () => {
    const [c] = candidatesOf('111年數位學習平台開設課程共計560門，選課人次為91,500人次。');
    const part = featuresOf(query('111年數位學習選課的有幾個人通過？'), c!, null).features;
    expect([part.cueMissing, part.knownCueMissing]).toEqual([1, 1]);
    const paraphrase = featuresOf(query('111年數位學習選課的有幾個人出師？'), c!, null).features;
    expect([paraphrase.cueMissing, paraphrase.knownCueMissing]).toEqual([1, 0]);
  });
});
