import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/retrieve/candidates';

describe('the clauses of a sentence', () => {
  it('start another item at a word adding a statement, after "；", and at the name of a part', () => {
    const items = (text: string) => clausesOf(text).map((c) => c.item);
    expect(items('計有40人報名，其中31人完成課程')).toEqual([0, 1]);
    expect(items('減列技士1人；增置書記4人')).toEqual([0, 1]);
    expect(items('採線上與現場同步進行，現場課程部分，計有80人參加')).toEqual([0, 1, 1]);
  });
});
