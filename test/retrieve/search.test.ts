import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/node/config';
import { figureRecall } from '../../src/eval/recall';
import { fuse } from '../../src/retrieve/fuse';
import { prepareQuestion } from '../../src/retrieve/question';
import type { PassageSearch } from '../../src/retrieve/search';
import { openIndex } from '../../src/node/store/open';
import { passageSearch } from '../../src/node/services';
import { questionSets } from '../helpers';

describe('question preparation', () => {
  it('turns Simplified into Traditional and AD years into ROC years', () => {
    expect(prepareQuestion('截至113年12月，身心障碍人员的进用比例是多少？').text).toBe('截至113年12月,身心障礙人員的進用比例是多少?');
    expect(prepareQuestion('2023年高雄燈會').text).toBe('2023年(112年)高雄燈會');
  });
  it('maps an English question onto the reports\' terms', () => {
    const q = prepareQuestion('How many people retired in the second half of 2024 (ROC year 113)?');
    expect(q.english).toBe(true);
    expect(q.text).toContain('退休');
    expect(q.text).toContain('下半年');
    expect(q.text).toContain('113年');
  });
});

describe('reciprocal-rank fusion', () => {
  it('rewards agreement between the lists and respects weights', () => {
    const fused = fuse([
      { hits: [{ id: 'a', score: 9 }, { id: 'b', score: 5 }], weight: 1 },
      { hits: [{ id: 'b', score: 0.9 }, { id: 'c', score: 0.8 }], weight: 0.5 },
    ]);
    expect(fused.map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('hybrid search quality', () => {
  let search: PassageSearch;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'report-qa-search-'));
    search = passageSearch(await openIndex({ ...loadConfig(), indexDir: join(dir, 'index') }));
  });

  it('puts every expected figure in the top 5 for at least 90% of the questions', async () => {
    for (const set of await questionSets()) {
      const report = await figureRecall(set.items, async (item) => {
        const text = prepareQuestion([...(item.history ?? []), item.question].join(' ')).text;
        const { fused } = await search.hits(text, await search.queryVector(text));
        return fused.flatMap((h) => search.byId.get(h.id) ?? []);
      });
      expect(report.recallAt5, `${set.name}: ${report.misses.map((m) => m.id).join(', ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });
});
