import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/retrieve/candidates';
import { candidatesOf } from './candidate-fixture';

describe('the clauses of a sentence', () => {
  it('start another item at a word adding a statement, after "；", and at the name of a part', () => {
    const items = (text: string) => clausesOf(text).map((c) => c.item);
    expect(items('計有40人報名，其中31人完成課程')).toEqual([0, 1]);
    expect(items('減列技士1人；增置書記4人')).toEqual([0, 1]);
    expect(items('採線上與現場同步進行，現場課程部分，計有80人參加')).toEqual([0, 1, 1]);
  });
});

describe('the subject a sentence leaves to the one before', () => {
  it('is that sentence for a part of what it reports (另…部分, 其中), not for a statement of its own (另於…辦理)', () => {
    const [first, second, part, own, share] = candidatesOf(
      '於5月辦理甲班，計有30人參訓。另於6月辦理「攝影入門班」，現場課程部分，計有40人參訓。另線上課程部分，計有25人參訓。另於7月辦理乙班，計有20人參訓。其中男性12人。',
    );
    expect(first!.subject).toBe('');
    expect(second!.subject).toBe('');
    expect(part!.subject).toContain('攝影入門班');
    expect(part!.subject).not.toContain('甲班');
    // the other part of the sentence before is not this part's subject
    expect(part!.subject).not.toContain('現場課程');
    expect(own!.subject).toBe('');
    expect(share!.subject).toContain('乙班');
  });

  it('is that sentence for one about the thing it names (本活動…, 該班…), not for one about the government (本府…)', () => {
    const [named, about, own] = candidatesOf('於11月辦理「就是愛畫」公益畫展。本活動展期計1個月，共有22人參與。本府另辦理乙班。');
    expect(named!.subject).toBe('');
    expect(about!.subject).toContain('就是愛畫');
    expect(own!.subject).toBe('');
  });
});
