import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { composeDecision } from '../../src/answer/compose';
import { decide } from '../../src/answer/decide';
import { featurize, type Scored } from '../../src/retrieve/rank';
import { candidatesOf, fixtureDocument } from '../retrieve/candidate-fixture';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

/** The plan of a question over given sentences, each candidate scored by hand (best first). */
function scored(question: string, text: string, scores: number[]) {
  const plan = engine.plan(question);
  const doc = fixtureDocument();
  const cs = candidatesOf(text, '壹、人事 > 一、員工福利', doc);
  const ranked = plan.parts.map((part) =>
    featurize(part, cs, null)
      .map((f, i): Scored => ({ ...f, score: scores[i] ?? 0, confidence: scores[i] ?? 0 }))
      .sort((a, b) => b.score - a.score),
  );
  return { plan, ranked };
}

describe('the answer decision', () => {
  it('answers a part with its best candidate when it reaches the threshold, and not below it', () => {
    const { plan, ranked } = scored('111年健康檢查補助了多少人？', '111年計補助3,480人健康檢查。', [2]);
    expect(decide(plan, ranked, 1, 5).kind).toBe('answer');
    expect(decide(plan, ranked, 3, 5).kind).toBe('not_found');
  });

  it('never answers with another year, whatever the score', () => {
    const { plan, ranked } = scored('112年健康檢查補助了多少人？', '111年計補助3,480人健康檢查。', [9]);
    expect(decide(plan, ranked, 0, 5).kind).toBe('not_found');
  });

  it('never answers a where question with a sentence that names no place, whatever the score', () => {
    const { plan, ranked } = scored('退休研習班在哪裡上課？', '111年3月3日辦理退休生涯規劃研習班，計189人參加。', [9]);
    expect(decide(plan, ranked, 0, 5).kind).toBe('not_found');
    const held = scored('退休研習班在哪裡上課？', '111年3月3日假公務人力發展中心辦理退休生涯規劃研習班，計189人參加。', [2]);
    expect(decide(held.plan, held.ranked, 1, 5).kind).toBe('answer');
  });

  it('never answers a question asking who a person of some title is with a sentence that names no one', () => {
    const { plan, ranked } = scored('退休研習班的講師是誰？', '111年3月3日辦理退休生涯規劃研習班，計189人參加。', [9]);
    expect(decide(plan, ranked, 0, 5).kind).toBe('not_found');
    const named = scored('退休研習班的講師是誰？', '111年3月3日辦理退休生涯規劃研習班，遴聘講師王大明擔任主講，計189人參加。', [2]);
    expect(decide(named.plan, named.ranked, 1, 5).kind).toBe('answer');
    // who was asked to run it may be an organisation: no person needed
    const run = scored('退休研習班是委託誰辦的？', '111年3月3日委託退休人員協會辦理退休生涯規劃研習班，計189人參加。', [2]);
    expect(decide(run.plan, run.ranked, 1, 5).kind).toBe('answer');
  });

  it('never answers a question naming a kind of report from a report of another kind, whatever the score', () => {
    // the fixture's report is a 業務報告
    const plan = scored('111年施政計畫裡健康檢查補助了多少人？', '111年計補助3,480人健康檢查。', [9]);
    expect(decide(plan.plan, plan.ranked, 0, 5).kind).toBe('not_found');
    const business = scored('111年業務報告裡健康檢查補助了多少人？', '111年計補助3,480人健康檢查。', [2]);
    expect(decide(business.plan, business.ranked, 1, 5).kind).toBe('answer');
  });

  it('never answers a question asking of those that did not reach an outcome with a sentence that names it only as reached', () => {
    const reached = scored('有幾家特約商店沒有續約？', '續約優惠店家計499家、新增店家計62家。', [3]);
    expect(decide(reached.plan, reached.ranked, 1, 5).kind).toBe('not_found');
    const negated = scored('有幾家特約商店沒有續約？', '續約優惠店家計499家，未續約店家計12家。', [3]);
    expect(decide(negated.plan, negated.ranked, 1, 5).kind).toBe('answer');
  });

  it('never answers a total with a cap, nor an outcome with a sentence that reports none', () => {
    const cap = scored('111年英語檢定補助總共發了多少錢？', '111年英語檢定通過者補助每人最高新臺幣5,000元。', [3]);
    expect(decide(cap.plan, cap.ranked, 1, 5).kind).toBe('not_found');
    const perHead = scored('111年英語檢定每人最多補助多少錢？', '111年英語檢定通過者補助每人最高新臺幣5,000元。', [3]);
    expect(decide(perHead.plan, perHead.ranked, 1, 5).kind).toBe('answer');
    const sat = scored('111年多益測驗有幾個人通過？', '111年11月7日辦理多益測驗，計有43人到考。', [3]);
    expect(decide(sat.plan, sat.ranked, 1, 5).kind).toBe('not_found');
    const passed = scored('111年多益測驗有幾個人通過？', '111年11月7日辦理多益測驗，計有43人到考，31人通過。', [3]);
    expect(decide(passed.plan, passed.ranked, 1, 5).kind).toBe('answer');
  });

  it('never answers with only a change a question that asks none', () => {
    const sentences = '111年女性首長及副首長69人。相較上次會期，女性首長及副首長增加4人。';
    const level = scored('111年女性首長及副首長有幾位？', sentences, [1, 3]);
    expect(decide(level.plan, level.ranked, 1, 5).parts[0]?.best?.picks[0]?.figure.text).toBe('69人');
    const change = scored('111年女性首長及副首長增加了幾位？', sentences, [1, 3]);
    expect(decide(change.plan, change.ranked, 1, 5).parts[0]?.best?.picks[0]?.figure.text).toBe('4人');
  });

  it('says which part of a question the reports do not hold, and answers the rest', () => {
    const { plan, ranked } = scored('111年健康檢查補助了多少人？員工旅遊補助了多少錢？', '111年計補助3,480人健康檢查。', [2]);
    const decision = decide(plan, ranked, 1, 5);
    expect(decision.kind).toBe('partial');
    const answer = composeDecision(decision).answer;
    expect(answer).toContain('3,480人');
    expect(answer).toMatch(/員工旅遊補助了.*報告中沒有這項資料/);
  });

  it('does not answer a part that takes its whole topic from a part the reports do not hold', () => {
    // 是哪一年 names nothing of its own: it asks of the 員工旅遊 of the part before, which no sentence speaks of
    const { plan, ranked } = scored('員工旅遊補助了多少錢？是哪一年？', '111年計補助3,480人健康檢查。', [2]);
    expect(decide(plan, ranked, 1, 5).kind).toBe('not_found');
    // …but a later part about the same thing as an answered one is answered
    const answered = scored('111年健康檢查補助了多少人？是哪一年？', '111年計補助3,480人健康檢查。', [2]);
    expect(decide(answered.plan, answered.ranked, 1, 5).parts.map((p) => p.best !== null)).toEqual([true, true]);
  });

  it('gives each part its own figure: a later part does not take one an earlier part took', () => {
    const { plan, ranked } = scored('111年英語檢定通過人數和簡任人員各是多少？', '截至111年12月，通過英語檢定人數為4,120人，比例達22.8%；其中簡任人員210人，比例達48.2%。', [3]);
    const decision = decide(plan, ranked, 1, 5);
    const figures = decision.parts.map((p) => p.best?.picks.map((k) => k.figure.text).join());
    expect(new Set(figures).size).toBe(figures.length);
  });
});

describe('composing the answer', () => {
  it('adds the difference of two years as arithmetic on the quoted figures, labelled as computed', () => {
    const plan = engine.plan('健康檢查補助人數111年比110年多多少？');
    const cs = [...candidatesOf('111年計補助3,480人健康檢查。', '壹、人事', fixtureDocument('t111', 111)), ...candidatesOf('110年計補助3,210人健康檢查。', '壹、人事', fixtureDocument('t110', 110))];
    const ranked = plan.parts.map((part) => featurize(part, cs, null).map((f): Scored => ({ ...f, score: f.yearMatch ? 2 : 0, confidence: f.yearMatch ? 2 : 0 })).sort((a, b) => b.score - a.score));
    const answer = composeDecision(decide(plan, ranked, 1, 5)).answer;
    expect(answer).toContain('111年：');
    expect(answer).toContain('110年：');
    expect(answer).toContain('依上列報告數字計算：3,480人 − 3,210人 = 270人');
  });

  it('quotes every report that answers a question of several parts asking no year, each labelled with its period and parts', () => {
    const plan = engine.plan('健康檢查補助了多少人？補助了多少錢？');
    const cs = [...candidatesOf('111年計補助3,480人健康檢查，補助金額計1,740萬元。', '壹、人事', fixtureDocument('t111', 111)), ...candidatesOf('110年計補助3,210人健康檢查，補助金額計1,605萬元。', '壹、人事', fixtureDocument('t110', 110))];
    const ranked = plan.parts.map((part) => featurize(part, cs, null).map((f): Scored => ({ ...f, score: 2, confidence: 2 })));
    const decision = decide(plan, ranked, 1, 5);
    expect(decision.parts.map((p) => p.also.length)).toEqual([1, 1]);
    const lines = composeDecision(decision).answer.split('\n');
    // one sentence of each report answers both parts: quoted once, its period first
    expect(lines[0]).toMatch(/^110年度 健康檢查補助了、補助了：.*3,210人.*1,605萬元/);
    expect(lines[1]).toMatch(/^111年度 健康檢查補助了、補助了：.*3,480人.*1,740萬元/);
  });

  it('says whose period a quote is when the quote names no year', () => {
    const { plan, ranked } = scored('本期共發放了多少份關懷包？', '本期共計發放關懷包190,840份。', [2]);
    expect(composeDecision(decide(plan, ranked, 1, 5)).answer).toMatch(/^（111年度）本期共計發放關懷包190,840份。\[1\]/);
  });
});
