import { describe, expect, it } from 'vitest';
import { heaviest, spread } from '../../src/retrieve/limits';

describe('bounded work', () => {
  it('keeps the heaviest terms in their order', () => {
    const terms = [{ t: 'a', weight: 1 }, { t: 'b', weight: 5 }, { t: 'c', weight: 3 }];
    expect(heaviest(terms, 2).map((x) => x.t)).toEqual(['b', 'c']);
  });

  it('samples a long list evenly, and keeps a short one whole', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    expect(spread(items, 200)).toBe(items);
    expect(spread(items, 4)).toEqual([0, 25, 50, 75]);
  });
});
