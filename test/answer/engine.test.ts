import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDANCE, type AnswerEngine, type AnswerResult } from '../../src/answer/engine';
import { holdsFigure } from '../../src/eval/figures';
import { checkQuote } from '../../src/eval/score';
import type { DocumentRecord } from '../../src/corpus/documents';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
let documents: DocumentRecord[];
beforeAll(async () => {
  ({ engine, documents } = await miniEngine());
});

function expectCited(r: AnswerResult, figure: string, docId: string): void {
  expect(r.found, r.answer).toBe(true);
  expect(holdsFigure(r.answer, figure), r.answer).toBe(true);
  const c = r.citations.find((x) => x.docId === docId && holdsFigure(x.quote, figure));
  expect(c, JSON.stringify(r.citations)).toBeDefined();
  expect(checkQuote(c!, documents.find((d) => d.docId === docId)?.lines)).toEqual({ exact: true, inLines: true });
}

describe('bounded work', () => {
  it('stops at the next stage boundary once its signal is aborted', async () => {
    const controller = new AbortController();
    const asking = engine.ask('111年員工協助方案個別諮商服務共提供多少人次？', [], { signal: controller.signal });
    controller.abort();
    await expect(asking).rejects.toMatchObject({ name: 'AbortError' });
    await expect(engine.ask('111年員工協助方案個別諮商服務共提供多少人次？', [], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('answers from a small corpus', () => {
  it('quote the figure of the year asked, with its citation', async () => {
    expectCited(await engine.ask('111年底急難貸款還有幾件在貸款中？'), '15件', 'r111');
    expectCited(await engine.ask('110年健康檢查補助了多少人？'), '3,210人', 'r110');
  });

  it('pick the figure of the group asked about within a sentence', async () => {
    const r = await engine.ask('111年簡任人員英語檢定通過的比例是多少？');
    expectCited(r, '48.2%', 'r111');
  });

  it('list every report when no year is asked, in period order', async () => {
    const r = await engine.ask('數位學習平台開設課程共有多少門？');
    expectCited(r, '512門', 'r110');
    expectCited(r, '560門', 'r111');
    expect(r.answer.indexOf('512門')).toBeLessThan(r.answer.indexOf('560門'));
  });

  it('compare years one figure each, in the order asked', async () => {
    const r = await engine.ask('健康檢查補助金額111年和110年各是多少？');
    expectCited(r, '1,740萬元', 'r111');
    expectCited(r, '1,605萬元', 'r110');
    expect(r.answer.indexOf('111年')).toBeLessThan(r.answer.indexOf('110年'));
  });

  it('follow a conversation', async () => {
    const history = [{ role: 'user' as const, content: '110年健康檢查補助了多少人？' }];
    expectCited(await engine.ask('那111年呢？', history), '3,480人', 'r111');
  });

  it('say found: false for a year no report covers, another city, or a figure never given', async () => {
    for (const q of ['109年健康檢查補助了多少人？', '台南市111年健康檢查補助多少人？', '111年員工平均年齡是幾歲？']) {
      const r = await engine.ask(q);
      expect(r.found, `${q} → ${r.answer}`).toBe(false);
      expect(r.answer).toMatch(/^報告中沒有/);
    }
    const r = await engine.ask('109年健康檢查補助了多少人？');
    expect(r.answer).toContain('109年（2020年）');
    expect(r.answer).toContain('最接近的資料');
  });

  it('ask what to look for when a question names nothing', async () => {
    for (const q of ['你好', '？？？', '111年']) {
      const r = await engine.ask(q);
      expect(r).toMatchObject({ found: false, citations: [], answer: GUIDANCE });
    }
  });

  it('never put a figure in an answer that its citations do not quote', async () => {
    for (const q of ['111年英語檢定通過人數？', '急難貸款金額是多少？', '111年選課人次？']) {
      const r = await engine.ask(q);
      const figures = r.answer.replace(/\[\d+\]/g, '').match(/\d[\d,.]*[%萬元人件門次]*/g) ?? [];
      for (const f of figures) expect(r.citations.some((c) => holdsFigure(c.quote, f)), `${f} in ${r.answer}`).toBe(true);
    }
  });
});
