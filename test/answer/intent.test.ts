import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDANCE, type AnswerEngine } from '../../src/answer/engine';
import { intentOf } from '../../src/retrieve/intent';
import { miniEngine } from '../mini';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

describe('what staff type besides questions', () => {
  it('tells greetings, thanks, questions about the assistant, lists and summaries apart', () => {
    expect(intentOf('你好')).toBe('greeting');
    expect(intentOf('謝謝！')).toBe('thanks');
    expect(intentOf('你可以做什麼？')).toBe('capabilities');
    expect(intentOf('幫我整理111年的工作報告')).toBe('summary');
    expect(intentOf('列出所有的員工福利措施')).toBe('list');
    expect(intentOf('111年健康檢查補助了多少人？')).toBe('question');
  });

  it('answers them with guidance, not with 「報告中沒有」', async () => {
    expect(await engine.ask('你好')).toMatchObject({ kind: 'guidance', found: false, answer: GUIDANCE, citations: [] });
    for (const q of ['謝謝', '你可以做什麼？']) {
      const r = await engine.ask(q);
      expect(r.kind).toBe('guidance');
      expect(r.answer).not.toMatch(/^報告中沒有/);
    }
  });

  it('asks which report to summarise when the question does not say', async () => {
    const r = await engine.ask('幫我整理一下報告');
    expect(r.kind).toBe('guidance');
    expect(r.answer).toContain('要整理哪一份報告');
  });
});
