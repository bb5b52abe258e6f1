// The index bundle the Worker answers from: what `npm run index` wrote opens, and a bundle
// that does not match its format is refused with a message that says what to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BundleError, openBundle } from '../../src/corpus/bundle';
import { ROOT } from '../helpers';

const bundle = JSON.parse(readFileSync(join(ROOT, 'index/bundle.json'), 'utf8')) as Record<string, unknown>;

describe('the index bundle', () => {
  it('opens: passages, reports, the lexical index and the reports’ own words', () => {
    const opened = openBundle(bundle);
    expect(opened.documents).toHaveLength(5);
    expect(opened.passages.length).toBeGreaterThan(200);
    expect(opened.userWords.length).toBeGreaterThan(100);
    expect(opened.lexical.search({ words: ['退休'], bigrams: [], figures: [] }, 3).length).toBe(3);
  });

  it('is refused when it does not match its format', () => {
    expect(() => openBundle({ ...bundle, format: 99 })).toThrow(BundleError);
    expect(() => openBundle({ ...bundle, passages: [{ id: 1 }] })).toThrow(/Run `npm run index`/);
    expect(() => openBundle('not a bundle')).toThrow(BundleError);
  });
});
