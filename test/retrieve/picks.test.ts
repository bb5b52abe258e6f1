import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { pickFigures } from '../../src/retrieve/picks';
import { featurize } from '../../src/retrieve/rank';
import { miniEngine } from '../mini';
import { candidatesOf } from './candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});
const figures = (q: string, sentence: string, part = 0) => {
  const query = engine.plan(q).parts[part]!;
  return pickFigures(query, candidatesOf(sentence)[0]!).map((p) => p.figure.text);
};

describe('which figures of a sentence answer', () => {
  it('the figure of the asked unit nearest the question’s terms', () => {
    expect(figures('111年簡任人員英語檢定通過比例是多少？', '截至111年12月，通過英語檢定人數為4,120人，比例達22.8%；其中簡任人員210人，比例達48.2%。')).toEqual(['48.2%']);
  });

  it('of two sides a sentence pairs and then reports one by one, not the figure of the side not asked', () => {
    const sentence = '辦理研習班1班，採實體與遠距同步進行，實體課程部分，參訓對象為主管人員，計有266人參訓。';
    expect(figures('研習遠距上課的有幾位？', sentence)).toEqual([]);
    expect(figures('研習實體上課的有幾位？', sentence)).toEqual(['266人']);
    // a sentence that names the pair but reports them together gives its figure to either
    expect(figures('研習遠距上課的有幾位？', '辦理研習班1班，採實體與遠距同步進行，計有266人參訓。')).toEqual(['266人']);
  });

  it('asked how things ended (剩, 之後), the figure after the change, not the change itself or what it totals', () => {
    expect(figures('衛生局移撥人力給毒防局之後編制總數是多少？', '爰減列技士及技佐各2人移撥毒品防制局，修正後編制員額總數為230人。')).toEqual(['230人']);
    const merged = '修正本市旗山區戶政事務所編制表，減列主任3人、兼任人事管理員及會計員各3人，共計9人，修編前4區戶政事務所總編制員額28人，修編後19人。';
    // (剩多少 asks a before and after: the two levels, never the change's total)
    expect(figures('旗山戶政所整併後編制剩多少人？', merged)).toEqual(['28人', '19人']);
    expect(figures('旗山戶政所整併之後編制多少人？', merged)).toEqual(['19人']);
    // asked the change, the change
    expect(figures('旗山戶政所整併以後減了幾個主任？', merged)).not.toContain('19人');
  });

  it('not a count of people printed as another role than the one asked, which the sentence never names', () => {
    expect(figures('協會的志工有多少人？', '本活動展期計1個月，共有協會書畫班學員22人參與。')).toEqual([]);
    expect(figures('燈會來了多少遊客？', '燈會期間，邀請4姊妹市代表團，共計34名國際貴賓來訪高雄。')).toEqual([]);
    expect(figures('燈會期間來了多少觀光客？', '燈會期間，邀請4姊妹市代表團，共計34名國際貴賓來訪高雄。')).toEqual([]);
    expect(figures('燈會來了多少國際貴賓？', '燈會期間，邀請4姊妹市代表團，共計34名國際貴賓來訪高雄。')).toEqual(['34名']);
    // people in general (學生 for 學員) and a role the sentence names elsewhere are not told apart
    expect(figures('書畫班有多少學生？', '本活動展期計1個月，共有協會書畫班學員22人參與。')).toEqual(['22人']);
    expect(figures('儲訓班請了幾位講師？', '儲訓班遴聘講師，計有儲訓主任40人。')).toEqual(['40人']);
  });

  it('a level before a change when no change is asked', () => {
    const sentence = '臨時人員減少1,382人，現有臨時人員2,080人。';
    expect(figures('臨時人員有多少人？', sentence)).toEqual(['2,080人']);
    expect(figures('臨時人員減少了多少人？', sentence)).toEqual(['1,382人']);
  });

  it('asked by how much one is over another, the excess the report prints, not the level', () => {
    const sentence = '通過英語檢定人數計4,980人，比例達26.19%，較行政院規定18%，高出8.19%。';
    expect(figures('英檢通過比例超過行政院規定多少？', sentence)).toEqual(['8.19%']);
    expect(figures('英檢通過比例是多少？', sentence)).toEqual(['26.19%']);
  });

  it('not what stands at a date for what a period added', () => {
    const stock = '至111年12月底尚在貸款中者有12件，貸款金額500萬元。';
    expect(figures('111年急難貸款新申請了幾件？', stock)).toEqual([]);
    expect(figures('111年急難貸款新申請了幾件？', '111年計核貸急難貸款8件。')).toEqual(['8件']);
    // the date in a clause of its own before the figure's
    expect(figures('111年特約商店新增了幾家？', '截至111年12月31日止，本府員工特約店家共計748家。')).toEqual([]);
    expect(figures('111年特約商店新增了幾家？', '111年新增店家計62家，截至111年12月31日止，共計748家。')).toEqual(['62家']);
    // asked what stands, the stock is the answer
    expect(figures('111年底急難貸款還有幾件？', stock)).toEqual(['12件']);
  });

  it('not a percentage printed as a rate of another kind: how satisfied against how many did something', () => {
    const sentence = '辦理性別意識課程，完訓人數7,557人，完訓率達43%，活動整體平均滿意度達91.35%。';
    expect(figures('性別意識課程的滿意度多少？', sentence)).toEqual(['91.35%']);
    expect(figures('性別意識課程的完訓率多少？', sentence)).toEqual(['43%']);
    expect(figures('性別意識課程的滿意度多少？', '辦理性別意識課程，完訓人數7,557人，完訓率達43%。')).toEqual([]);
  });

  it('the figure after the names a follow-up asks about, joined by 及 (A及B計37人), not the one before them', () => {
    const query = engine.plan('那簡任主任秘書跟專門委員呢？', [{ role: 'user', content: '106下半年女性首長跟副首長共幾人？' }]).parts[0]!;
    const sentence = '106年下半年本府各機關女性首長及副首長69人、簡任主任秘書及專門委員計37人；女性一級主管比率為47.97%。';
    expect(pickFigures(query, candidatesOf(sentence)[0]!).map((p) => p.figure.text)).toEqual(['37人']);
    // a figure right after the conjunction is the next item's (6名候用國中校長及26名候用國小校長)
    expect(figures('候用國中校長有幾名？', '計有6名候用國中校長及26名候用國小校長參訓。')).toEqual(['6名']);
  });

  it('of items that differ in their first characters (初級班 / 中高級班), the figure of the item asked, a bare item taking the words of the one before', () => {
    const sentence = '為提升同仁語文能力，薦送參加語言中心辦理之日語密集訓練，本年度計推薦5人參加初級班；8人參加中高級班，完訓者計有初級班3名；中高級班2名。';
    expect(figures('推薦幾人參加日語密集訓練中高級班？', sentence)).toEqual(['8人']);
    expect(figures('日語密集訓練推薦幾人上初級班？', sentence)).toEqual(['5人']);
    expect(figures('中高級班完訓的有幾人？', sentence)).toEqual(['2名']);
    // a name the question only states (減了10個管理員) has no siblings to keep apart: the one asked (科員) has
    expect(figures('減了10個管理員，改增置幾個科員？', '為推動產業轉型，爰減列管理員10人、技士3人，改增置科員13人、專員及助理員各1人。')).toEqual(['13人']);
    // with the sibling named too, the question asks of both: no figure is the other's
    expect(figures('初級班和中高級班總共推薦幾人？', sentence)[0]).toBe('5人');
  });

  it('the figures before and after a change, in the order printed', () => {
    expect(figures('急難貸款原本有幾件，最後剩幾件？', '急難貸款總計減少5件（由20件減少為15件），減幅達25%。')).toEqual(['20件', '15件']);
  });

  it('asked how it ended, the figure after a change rather than the one before it', () => {
    const sentence = '111年原計畫開辦研習班120班，經各機關追加辦理至150班，培訓8,000人次。';
    expect(figures('111年研習班最後辦到幾班？', sentence)).toEqual(['150班']);
    // what is left (剩) is how it ended: the figure after the change, not the total of the change
    const merged = '修正3區衛生所編制表，減列主任2人，共計4人，修編前總編制員額30人，修編後26人，自111年1月1日生效。';
    expect(figures('衛生所整併以後編制總共剩幾個人？', merged)).toEqual(['26人']);
  });

  it('asked for the whole (總共), the figure announced as the whole, not a part named after it', () => {
    const sentence = '持續檢討任務編組委員性別比例，本府計107個委員會，111年符合性別比例規定之委員會86個，比例達80.37%。';
    expect(figures('總共有幾個委員會要管性別比例？', sentence)).toEqual(['107個']);
    // asked the part, the part
    expect(figures('符合性別比例規定的委員會有幾個？', sentence)).toEqual(['86個']);
  });

  it('asked for a part of a whole, not the whole that 其中 breaks down', () => {
    const sentence = '111年各局處委員會應依規定比例聘派者計103個，其中已依規定比例聘派者計90個。';
    expect(figures('111年應依比例聘派的委員會裡已經達標的有幾個？', sentence)).toEqual(['90個']);
    // …or named first, then how many of it already are (有幾個已經達標)
    expect(figures('111年應依比例聘派的委員會有幾個已經達標？', sentence)).toEqual(['90個']);
    // asked for the whole, the whole
    expect(figures('111年應依規定比例聘派的委員會有幾個？', sentence)).toEqual(['103個']);
    // of several parts, the one asked
    const parts = '111年7月發放月退休金計23,348人，其中公務人員8,654人，13億元；教職員14,694人，28億元。';
    expect(figures('111年7月發的月退休金裡教職員有幾人？', parts)).toEqual(['14,694人']);
  });

  it('not the figure of what the sentence says is not so (尚未符合), unless that is what is asked', () => {
    const sentence = '111年委員會已依規定比例聘派者計90個，尚未符合性別比例規定13個。';
    expect(figures('111年有幾個委員會符合性別比例？', sentence)).toEqual(['90個']);
    expect(figures('111年還差幾個委員會沒符合性別比例？', sentence)).toEqual(['13個']);
  });

  it('for one of two things asked alike, the figure that belongs to it, not to the other', () => {
    const sentence = '111年計儲備6名候用國中校長及26名候用國小校長。';
    expect(figures('111年候用國中校長跟國小校長各儲備了幾名？', sentence, 0)).toEqual(['6名']);
    expect(figures('111年候用國中校長跟國小校長各儲備了幾名？', sentence, 1)).toEqual(['26名']);
  });

  it('in a list of names each with its figure, the figure after a name, not the one before the next name', () => {
    const sentence = '其中國中主任40人、國小主任62人，課程共計120小時。';
    expect(figures('111年國中主任跟國小主任各有幾人？', sentence, 0)).toEqual(['40人']);
    expect(figures('111年國中主任跟國小主任各有幾人？', sentence, 1)).toEqual(['62人']);
  });

  it('a figure given per unit only for a question asking per unit', () => {
    const sentence = '與31個機關交換課程507門，每門以5萬元計算，約節省公帑2,535萬元。';
    expect(figures('交換課程省下多少錢？', sentence)).toEqual(['2,535萬元']);
    expect(figures('交換課程每門以多少錢計算？', sentence)).toEqual(['5萬元']);
    // a cap is given per unit too
    const capped = '信用貸款80萬元以下免保證人，全年共計貸出3,200萬元。';
    expect(figures('信用貸款全年貸出多少錢？', capped)).toEqual(['3,200萬元']);
    expect(figures('信用貸款多少錢以下免保證人？', capped)).toEqual(['80萬元']);
  });

  it('a figure only matching by the classifier 個 when no figure has the asked unit, and never for people', () => {
    expect(figures('交給幾家醫學中心？', '委由長庚等4個醫學中心承接醫療業務。')).toEqual(['4個']);
    expect(figures('員工社團有多少人參加？', '目前計有16個員工社團。')).toEqual([]);
    // …and only when what 個 counts is what the question counts (12個姊妹市 is no count of 桌曆)
    const sister = '本市有12個姊妹市位於亞太地區，製作「橋見」亞太城市桌曆。';
    expect(figures('橋見桌曆印了幾本？', sister)).toEqual([]);
    expect(figures('亞太地區的姊妹市有幾座？', sister)).toEqual(['12個']);
  });
});

describe('which figures answer, by what the question says of them', () => {
  it('never the figure the question itself states (那320人裡…), unless it asks whether it is that figure', () => {
    const sentence = '111年辦理數位學習班10班，計有320人參訓，滿意度達91%。';
    expect(figures('數位學習班那320人裡有幾位是主管？', sentence)).toEqual([]);
    expect(figures('數位學習班的參訓人數是不是320人？', sentence)).toEqual(['320人']);
    expect(figures('數位學習班有幾人參訓？', sentence)).toEqual(['320人']);
  });

  it('the figure standing by the word after the asking words: what the counted did', () => {
    const sentence = '111年辦理攝影證照輔導班，計20人參訓，18人取得證照。';
    expect(figures('攝影證照班有幾個人參訓？', sentence)).toEqual(['20人']);
    expect(figures('攝影證照班有幾個人取得證照？', sentence)).toEqual(['18人']);
  });

  it('the date of the event the question dates (頒獎典禮在哪一天), not another date of its sentence', () => {
    const sentence = '遴薦本府水利局科長王大同參加行政院112年模範公務人員選拔，行政院於112年10月5日核定王員獲選為該院模範公務人員，並於112年11月20日舉辦頒獎典禮。';
    expect(figures('行政院模範公務人員的頒獎典禮在哪一天？', sentence)).toEqual(['112年11月20日']);
    expect(figures('行政院哪一天核定模範公務人員？', sentence)).toEqual(['112年10月5日']);
    // …and with the verb of holding it between (頒獎典禮辦在哪天)
    expect(figures('行政院模範公務人員頒獎典禮辦在哪天？', sentence)).toEqual(['112年11月20日']);
    // the event after words that only place it against the date (什麼時候之前成立): 成立 is printed 籌組
    const formed = '為推動各區將志工服務觀點納入各項政策、方案、計畫、預算及法案當中，以營造友善環境之志工業務，110年訂定「各區設置志工隊計畫」，並分2年3階段推動，該隊任務係規劃志工服務融入各區年度業務工作計畫、審查及彙整提報資料等事宜，各區已全數於111年6月底前籌組完畢。';
    expect(figures('志工隊要在什麼時候之前成立？', formed)).toEqual(['111年6月']);
  });

  it('the figure after the day the question names a thing by (…及於同年月20日…)', () => {
    const sentence = '於111年8月5日辦理初級攝影班1班，計有30人參訓，及於同年月20日辦理進階攝影班1班，計有21人參訓。';
    expect(figures('8月20號那班攝影班有幾個人？', sentence)).toEqual(['21人']);
    expect(figures('8月5日那班攝影班有幾個人？', sentence)).toEqual(['30人']);
  });
});

describe('features of a candidate', () => {
  it('flag another year, a missing figure and a missing name the question insists on', () => {
    const [c] = candidatesOf('110年計補助3,210人健康檢查。');
    const of = (q: string) => featurize(engine.plan(q).parts[0]!, [c!], null)[0]!.features;
    expect(of('111年健康檢查補助了多少人？').yearMismatch).toBe(1);
    expect(of('110年健康檢查補助的比例是多少？').noFigure).toBe(1);
    expect(of('台南市110年健康檢查補助多少人？').lacksRequired).toBe(1);
    const fits = of('110年健康檢查補助了多少人？');
    expect(fits).toMatchObject({ yearMatch: 1, yearMismatch: 0, noFigure: 0, figures: 1, lacksRequired: 0 });
  });

  it('flag a sentence without the word the question counts (幾對結婚 → 結婚)', () => {
    const [c] = candidatesOf('110年辦理單身聯誼8場次，互指為心儀對象有29對。');
    const of = (q: string) => featurize(engine.plan(q).parts[0]!, [c!], null)[0]!.features;
    expect(of('110年單身聯誼後來有幾對結婚？').cueMissing).toBe(1);
    expect(of('110年單身聯誼有幾對互指為心儀對象？').cueMissing).toBe(0);
  });

  it('flag a sentence that lacks a word the reports use elsewhere (asked about a part it does not name)', () => {
    const [c] = candidatesOf('111年計補助3,480人健康檢查，補助金額1,740萬元。');
    const of = (q: string) => featurize(engine.plan(q).parts[0]!, [c!], null)[0]!.features;
    // 簡任 stands in another sentence of the reports, not around this one
    expect(of('111年健康檢查補助了多少簡任人員？').knownMissing).toBe(1);
    expect(of('111年健康檢查補助了多少人？').knownMissing).toBe(0);
  });

  it('find a quoted name in an earlier sentence of the paragraph, quotation marks inside it aside', () => {
    const [first, second] = candidatesOf('110年辦理「讀『心』有方」書展活動。本活動展期計2週，共有志工18人參與。');
    const of = (q: string, c: typeof first) => featurize(engine.plan(q).parts[0]!, [c!], null)[0]!.features;
    expect(of('「讀心有方」書展有幾位志工參與？', first).lacksRequired).toBe(0);
    expect(of('「讀心有方」書展有幾位志工參與？', second).lacksRequired).toBe(0);
    expect(of('「讀書樂」書展有幾位志工參與？', second).lacksRequired).toBe(1);
  });

  it('flag a sentence around which the name the question counts is nowhere (幾位翻譯), not the kind a which question names', () => {
    const [c] = candidatesOf('110年辦理法律諮詢駐點服務21場次，計150人次諮詢。');
    const plan = (q: string) => engine.plan(q).parts[0]!;
    const of = (q: ReturnType<typeof plan>) => featurize(q, [c!], null)[0]!.features;
    const translators = plan('110年法律諮詢駐點服務有幾位翻譯？');
    const counted = translators.terms.find((t) => t.text === '翻譯')!;
    expect(counted.nearCue).toBe(true);
    // the segmenter's tag decides what is a name: here it is set, so that the test does not hang on the mini corpus's dictionary
    const asNoun = (q: typeof translators, word: string) => ({ ...q, terms: q.terms.map((t) => (t.text === word ? { ...t, noun: true } : t)) });
    expect(of(asNoun(translators, '翻譯')).askedAbsent).toBe(1);
    // the same word as what a which question names is the kind of answer, not its topic
    const which = asNoun(translators, '翻譯');
    expect(of({ ...which, named: which.terms.find((t) => t.text === '翻譯')! }).askedAbsent).toBe(0);
    // names the sentence holds are not absent, even all taken as asked of
    const held = plan('110年法律諮詢駐點服務辦了幾場次？');
    expect(of({ ...held, terms: held.terms.map((t) => ({ ...t, noun: true, nearCue: true })) }).askedAbsent).toBe(0);
  });

  it('count the terms of the sentence before as the sentence’s own for a part of what it reports (另…部分)', () => {
    const second = (text: string) => featurize(engine.plan('攝影入門班線上課程有多少人參訓？').parts[0]!, candidatesOf(text), null)[1]!.features;
    const part = second('另於6月辦理攝影入門班，現場課程部分，計有40人參訓。另線上課程部分，計有25人參訓。');
    const own = second('另於6月辦理攝影入門班，現場課程部分，計有40人參訓。線上課程計有25人參訓。');
    expect(part.termsInPrevious).toBe(0);
    expect(own.termsInPrevious).toBeGreaterThan(0);
    expect(part.termsInSentence).toBeCloseTo(own.termsInSentence + own.termsInPrevious);
  });

  it('measure similarity relative to the closest candidate', () => {
    const cs = candidatesOf('110年計補助3,210人健康檢查。111年數位學習平台開設課程共計560門。');
    const sims = new Map([[cs[0]!.id, 0.8], [cs[1]!.id, 0.5]]);
    const f = featurize(engine.plan('健康檢查補助多少人？').parts[0]!, cs, sims).map((x) => x.features);
    expect(f[0]).toMatchObject({ similarity: 0.8, similarityGap: 0 });
    expect(f[1]?.similarityGap).toBeCloseTo(-0.3);
  });

  it('measure how much better a sentence naming what is asked but holding no figure of it matches than one with a figure', () => {
    const cs = candidatesOf('111年辦理績優基層人員選拔，由市長頒贈獎金及獎座。111年模範公務人員各頒發獎金5萬元。');
    const sims = new Map([[cs[0]!.id, 0.7], [cs[1]!.id, 0.6]]);
    const f = featurize(engine.plan('績優基層人員每位領多少獎金？').parts[0]!, cs, sims).map((x) => x.features);
    expect(f[0]).toMatchObject({ noFigure: 1, keyWhole: 1, coveredWithoutFigure: 0, nearerWithoutFigure: 0 });
    expect(f[1]?.figures).toBe(1);
    expect(f[1]?.coveredWithoutFigure).toBeCloseTo(f[0]!.termsInSentence - f[1]!.termsInSentence);
    expect(f[1]?.coveredWithoutFigure).toBeGreaterThan(0);
    expect(f[1]?.nearerWithoutFigure).toBeCloseTo(0.1);
    // without sentence vectors, only the terms say it
    expect(featurize(engine.plan('績優基層人員每位領多少獎金？').parts[0]!, cs, null)[1]?.features.nearerWithoutFigure).toBe(0);
  });
});
