import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { isElliptical, oneApart } from '../../src/retrieve/followup';
import { topicOf } from '../../src/retrieve/understand';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});
const query = (q: string, history: string[] = []) => engine.understand(q, history.map((content) => ({ role: 'user' as const, content }))).query;

describe('query understanding', () => {
  it('reads ROC and AD years, periods and comparisons', () => {
    expect(query('111年底尚在貸款中有幾件？').years).toEqual([111]);
    expect([...query('111年底尚在貸款中有幾件？').period.parts]).toEqual(['END']);
    expect(query('2022年的英語檢定通過比例？').years).toEqual([111]);
    expect(query('英語檢定比例110年和111年各是多少？').compare).toBe(true);
    expect([...query('110年下半年健康檢查補助多少人？').period.parts]).toEqual(['H2']);
  });

  it('labels a question by its topic, and by itself when only asking words and a link to the one before remain', () => {
    expect(topicOf('模範公務人員的獎金多少？')).toBe('模範公務人員的獎金');
    expect(topicOf('還有幾天公假？')).toBe('還有幾天公假');
    expect(topicOf('那女性主管呢？')).toBe('女性主管呢');
    // the classifier goes with the asking words, a name asked of stays (the refusal says what is not there)
    expect(topicOf('研習班總共幾個人？')).toBe('研習班');
    expect(topicOf('燈會期間來了多少觀光客？')).toBe('燈會期間來了多少觀光客');
  });

  it('reads Simplified questions as Traditional', () => {
    const q = query('111年通过英语检定的比例是多少？');
    expect(q.terms.map((t) => t.text)).toContain('英語檢定');
    expect(q.asks[0]?.kind).toBe('percent');
  });

  it('keeps topic words and drops question words', () => {
    const terms = query('請問111年數位學習平台開設課程共有多少門？').terms.map((t) => t.text);
    expect(terms).toContain('數位學習');
    expect(terms.some((t) => /多少|請問/.test(t))).toBe(false);
    // a character glued to the copula, or to a comparison, is no term
    expect(query('經濟發展局是哪個層級的機關？').terms.map((t) => t.text)).not.toContain('局是');
    expect(query('急難貸款的申請件數比110年多了幾件？').terms.some((t) => t.text.endsWith('比'))).toBe(false);
    expect(query('急難貸款的申請件數比前一年多了幾件？').terms.some((t) => t.text.endsWith('比'))).toBe(false);
    expect(query('急難貸款的申請件數比去年少了幾件？').terms.some((t) => t.text.endsWith('比'))).toBe(false);
  });

  it('reads how many things a who or which question asks for, and a word for a person of any kind, as no topic', () => {
    expect(query('監察院來巡察的兩位委員是誰？').terms.map((t) => t.text)).not.toContain('2位');
    expect(query('推薦的人選是誰？').terms.map((t) => t.text)).not.toContain('人選');
    // asked how many, a count is kept as written
    expect(query('巡察委員有兩位嗎？').asks.some((a) => a.kind === 'who')).toBe(false);
  });

  it('reads a word for agencies of any kind after a which cue as what the answer is, not a topic', () => {
    const q = query('代表市府參加金檔獎的是哪兩個單位？');
    expect(q.terms.map((t) => t.text)).not.toContain('單位');
    expect(q.named).toBeNull();
    // …and so does a word for things of any kind (哪些東西)
    expect(query('颶風過後我們捐了哪些東西？').terms.map((t) => t.text)).not.toContain('東西');
    // the asker's own side (我們捐了…) is no topic: the reports say 本市, 本處, never 我們
    expect(query('颶風過後我們捐了哪些東西？').terms.map((t) => t.text)).not.toContain('我們');
    // a kind with a name of its own stays what the answer must show
    expect(query('凱旋醫院增設了哪幾個科室？').named?.text).toBe('科室');
  });

  it('reads what a which question names when the word itself starts with a classifier', () => {
    // 場 counts sessions (哪一場), yet 場館 is the word asked
    expect(query('市長視察的是哪一個場館？').named?.text).toBe('場館');
    expect(query('市長視察的是哪一場活動？').named?.text).toBe('活動');
  });

  it('keeps what the classifier counts only when it is a name of a thing, not what people did', () => {
    expect(query('數位學習平台開了幾個課程？').asks[0]?.counted).toBe('課程');
    expect(query('參加團體測驗的有幾個通過？').asks[0]?.counted).toBeUndefined();
    expect(query('區長儲備班有幾個結訓？').asks[0]?.counted).toBeUndefined();
  });

  it('reads the figures a question starts from, not a year or a name written in digits', () => {
    expect(query('111年健康檢查補助的3,480人裡有幾位是簡任人員？').stated.map((f) => f.text)).toEqual(['3,480人']);
    expect(query('比規定的18%超出多少？').stated.map((f) => f.text)).toEqual(['18%']);
    expect(query('2023高雄燈會總共吸引了多少遊客？').stated).toEqual([]);
    expect(query('1999為民服務研習班多少人參加？').stated).toEqual([]);
  });

  it('marks a quoted name and another city as required', () => {
    expect(query('「急難貸款」有幾件？').terms.find((t) => t.text === '急難貸款')?.required).toBe(true);
    expect(query('台南市111年健康檢查補助多少人？').terms.find((t) => t.text.startsWith('台南市'))?.required).toBe(true);
  });
});

describe('follow-ups', () => {
  it('replace the year and keep the topic', () => {
    const q = query('那111年呢？', ['110年健康檢查補助了多少人？']);
    expect(q.years).toEqual([111]);
    expect(q.terms.map((t) => t.text)).toContain('健康檢查');
    expect(q.asks[0]?.units).toContain('人');
  });

  it('read how much one is over another as a change asked, not a threshold named', () => {
    expect(query('英檢通過率超過行政院規定多少？').changeAsked).toBe(true);
    expect(query('超過40歲的同仁有幾人？').changeAsked).toBe(false);
    expect(query('英檢通過比例是多少？').changeAsked).toBe(false);
    expect(query('比前一年多了幾人？').changeAsked).toBe(true);
  });

  it('ask for a change when the earlier question did and they ask nothing of their own', () => {
    expect(query('工級人員減少了幾人？').changeAsked).toBe(true);
    expect(query('工級人員減了幾個？').changeAsked).toBe(true);
    expect(query('那臨時人員呢？', ['工級人員減少了幾人？']).changeAsked).toBe(true);
    expect(query('那臨時人員現在有幾人？', ['工級人員減少了幾人？']).changeAsked).toBe(false);
    expect(query('那臨時人員呢？', ['工級人員現在有幾人？']).changeAsked).toBe(false);
  });

  it('replace the group asked about', () => {
    // …pointed at as a part (教育人員的部分): the topic comes from the question before
    const part = query('教育人員的部分有幾位？', ['104年撫卹的公務人員有幾位？']);
    expect(part.years).toEqual([104]);
    expect(part.terms.map((t) => t.text)).toContain('撫卹');
    const q = query('簡任人員呢？', ['111年英語檢定通過的比例是多少？']);
    expect(q.years).toEqual([111]);
    const terms = q.terms.map((t) => t.text);
    expect(terms).toContain('簡任');
    expect(terms).toContain('英語檢定');
    // a group named by the start of its name (有眷 of 有眷者) takes the place of one so named (單身)
    const kin = query('那有眷的呢？', ['年節照護金單身的一節發多少？']).terms.map((t) => t.text);
    expect(kin).toContain('有眷');
    expect(kin).not.toContain('單身');
    // how a class is held: 遠距 takes the place of 實體
    const remote = query('那遠距的呢？', ['AI實務班實體課程有幾個人參訓？']).terms.map((t) => t.text);
    expect(remote).toContain('遠距');
    expect(remote).not.toContain('實體');
    // …but a word a facet only starts with (退休 of 退休人員) is the topic, kept
    expect(query('教育人員呢？', ['104年公務人員退休幾人？']).terms.map((t) => t.text)).toContain('退休');
  });

  it('put a name of the same kind in place of the earlier one (那…平台呢 for another 平台)', () => {
    const terms = query('那英語平台呢？', ['110年數位學習平台開設多少門課程？']).terms.map((t) => t.text);
    expect(terms).toContain('英語');
    expect(terms.some((t) => t.includes('數位'))).toBe(false);
    expect(terms).toContain('課程');
  });

  it('put a training in place of an earlier training, whatever either is called (那…研習呢 for …課程)', () => {
    const terms = query('那英語研習呢？', ['111年數位學習課程開設多少門？']).terms.map((t) => t.text);
    expect(terms).toContain('英語');
    expect(terms.some((t) => t.includes('數位'))).toBe(false);
    // a name of another kind keeps the earlier topic
    expect(query('那簡任人員呢？', ['111年數位學習課程開設多少門？']).terms.map((t) => t.text).some((t) => t.includes('數位'))).toBe(true);
  });

  it('put a training named by its kind (那駕駛訓練呢) in place of a long name joined by 與', () => {
    const terms = query('那駕駛訓練呢？', ['111年職場人際關係與溝通技巧研習班有幾個人參加？']).terms.map((t) => t.text);
    expect(terms).toContain('駕駛');
    for (const earlier of ['職場', '人際關係', '溝通', '技巧', '研習班']) expect(terms).not.toContain(earlier);
    expect(terms).toContain('參加');
  });

  it('put a class whose name ends in a word read as a verb (那退休理財班呢) in place of an earlier training', () => {
    const terms = query('那退休理財那個班呢？', ['駕駛教育訓練有幾個人參加？']).terms.map((t) => t.text);
    expect(terms).toContain('理財');
    expect(terms.some((t) => t.includes('駕駛'))).toBe(false);
  });

  it('put a position in place of an earlier position (那…主任秘書跟專門委員呢 for 首長)', () => {
    const terms = query('那簡任主任秘書跟專門委員呢？', ['106下半年女性首長跟副首長共幾人？']).terms.map((t) => t.text);
    expect(terms.some((t) => t.includes('首長'))).toBe(false);
    expect(terms.some((t) => t.includes('委員'))).toBe(true);
    // a committee is an agency, not a position
    expect(query('那考績委員會呢？', ['106年女性首長有幾人？']).terms.some((t) => t.text.includes('首長'))).toBe(true);
  });

  it('require an agency or a class named in the place of another, not a group or a measure', () => {
    const training = query('那英語研習呢？', ['111年數位學習課程開設多少門？']);
    expect(training.terms.find((t) => t.text === '英語')?.required).toBe(true);
    // a group of people is asked of the same sentences; it stays a preference
    expect(query('簡任人員呢？', ['111年英語檢定通過的比例是多少？']).terms.find((t) => t.text.includes('簡任'))?.required).toBe(false);
  });

  it('take the thing they name as the one the figure stands by', () => {
    const q = query('那簡任人員呢？', ['111年通過英語檢定的有多少人？']);
    expect(q.facet?.text).toContain('簡任');
    // 那 opens the follow-up; it is not glued to the name after it
    expect(q.terms.some((t) => t.text.startsWith('那'))).toBe(false);
  });

  it('tell names one character apart, which take each other’s place', () => {
    expect(oneApart('國中', '國小')).toBe(true);
    expect(oneApart('中級班', '中高級班')).toBe(true);
    expect(oneApart('初級', '中級')).toBe(true);
    expect(oneApart('實體', '遠距')).toBe(false);
    expect(oneApart('退休', '退休')).toBe(false);
    expect(oneApart('英語', '英語檢定')).toBe(false);
  });

  it('tell a new question from an elliptical one', () => {
    expect(isElliptical(query('有多少人參加？'))).toBe(true);
    expect(isElliptical(query('那110年呢？'))).toBe(true);
    expect(isElliptical(query('展到哪天？'))).toBe(true);
    expect(isElliptical(query('紀念展展到哪天？'))).toBe(false);
    expect(isElliptical(query('110年數位學習平台開設多少門課程？'))).toBe(false);
    // a question of its own keeps the conversation's year only as a preference
    const q = query('數位學習平台開設多少門課程？', ['111年英語檢定通過人數？']);
    expect(q.years).toEqual([]);
    expect(q.softYears).toEqual([111]);
  });
});
