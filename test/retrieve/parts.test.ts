import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { periodFacetsOf, splitPieces } from '../../src/retrieve/parts';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

describe('the parts of a message', () => {
  it('splits questions and clauses that each ask something; a clause that asks nothing joins the next', () => {
    expect(splitPieces('106年女性首長有幾位？簡任主任秘書呢？')).toEqual(['106年女性首長有幾位', '簡任主任秘書呢']);
    expect(splitPieces('無人機證照班幾個人上課、幾個人考到照？')).toEqual(['無人機證照班幾個人上課', '幾個人考到照']);
    expect(splitPieces('104年健康檢查補助，首長每年補助多少錢？')).toEqual(['104年健康檢查補助，首長每年補助多少錢']);
  });

  it('reads 那幾 / 這幾 before a later question word as pointing at things, not asking', () => {
    expect(splitPieces('那幾個戶所整併以後，編制總共剩幾個人？')).toEqual(['那幾個戶所整併以後，編制總共剩幾個人']);
    expect(splitPieces('這幾班開了以後，各有幾個人上課？')).toEqual(['這幾班開了以後，各有幾個人上課']);
    expect(splitPieces('開了幾班，共有幾個人上課？')).toEqual(['開了幾班', '共有幾個人上課']);
  });

  it('answers each of several questions in one message with its own part', () => {
    const plan = engine.plan('111年健康檢查補助了多少人？補助金額呢？');
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[1]?.years).toEqual([111]);
    expect(plan.parts[1]?.terms.map((t) => t.text)).toContain('健康檢查');
  });

  it('looks for a later part with what it takes from the parts before it', () => {
    const plan = engine.plan('111年數位學習開設課程幾門、選課的有多少人次？');
    expect(plan.parts).toHaveLength(2);
    expect(plan.searches[2]).toContain('111年');
    expect(plan.searches[2]).toContain('數位學習');
    expect(plan.searches[2]).toContain('選課的有多少人次');
  });

  it('has a later part that only names another thing (…呢) stand by that thing', () => {
    const plan = engine.plan('111年英語檢定通過人數多少？簡任人員呢？');
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[1]?.facet?.text).toBe('簡任');
    expect(plan.parts[0]?.facet).toBeNull();
  });

  it('has a later part with a question of its own stand by the thing it names that the earlier part does not', () => {
    const plan = engine.plan('111年英語檢定通過人數多少？數位學習的選課人次有多少？');
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[1]?.facet?.text).toBe('數位學習');
    expect(plan.parts[0]?.facet).toBeNull();
  });

  it('looks for a follow-up that takes the topic of the conversation with that topic, in its own words', () => {
    const plan = engine.plan('簡任有幾位？', [{ role: 'user', content: '111年通過英語檢定的有多少人？' }]);
    expect(plan.searches[0]).toContain('英語檢定');
    expect(plan.searches[0]).toContain('簡任有幾位');
  });

  it('gives two things asked alike a part each, with the other as its rival', () => {
    const plan = engine.plan('111年英語檢定通過人數和簡任人員各是多少？');
    expect(plan.parts).toHaveLength(2);
    expect(plan.parts[1]?.facet?.text).toBe('簡任');
    expect(plan.parts[1]?.rival?.text).toBe(plan.parts[0]?.facet?.text);
    expect(plan.parts.every((p) => p.years.includes(111))).toBe(true);
  });

  it('gives each of two parts of a year asked alike a part, with its own period', () => {
    const plan = engine.plan('111年上半年跟全年的英語檢定通過人數各是多少？');
    expect(plan.parts.map((p) => p.label)).toEqual(['上半年', '全年']);
    expect(plan.parts.map((p) => [...p.period.parts])).toEqual([['H1'], ['FULL']]);
    expect(plan.parts.every((p) => p.years.includes(111))).toBe(true);
    expect(periodFacetsOf('7到12月和全年度各有幾人')).toEqual(['7到12月', '全年度']);
    // one period, or a join that is not between two periods, is one part
    expect(periodFacetsOf('下半年英檢和多益各幾人')).toBeNull();
    expect(engine.plan('111年下半年英語檢定通過人數是多少？').parts).toHaveLength(1);
  });

  it('reads a before-and-after question as one part asking for two figures', () => {
    const plan = engine.plan('急難貸款原本有幾件，最後剩幾件？');
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]?.transition).toBe(true);
    expect(plan.parts[0]?.asks).toHaveLength(2);
    // 本來 and 原訂 say the before as 原本 does
    for (const q of ['研習班本來要開幾班，後來開了幾班？', '研習班原訂開幾班，最後開了幾班？']) expect(engine.plan(q).parts[0]?.transition).toBe(true);
    // 最後 alone is "in the end": one figure
    const end = engine.plan('健康檢查最後補助了幾個人？');
    expect(end.parts[0]?.transition).toBe(false);
    expect(end.parts[0]?.asks).toHaveLength(1);
  });

  it('gives each year compared a part, and marks a difference asked', () => {
    const plan = engine.plan('健康檢查補助人數111年比110年多多少？');
    expect(plan.parts.map((p) => p.label)).toEqual(['111年', '110年']);
    expect(plan.difference).toBe(true);
    expect(engine.plan('健康檢查補助人數111年比110年多了幾人？').difference).toBe(true);
  });
});
