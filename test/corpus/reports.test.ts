import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { guessReport } from '../../src/corpus/reports';
import { readSeeds } from '../../src/node/seeds';
import { D000, D004, SEEDS, seedText } from '../helpers';

describe('report descriptions', () => {
  it('come from the manifest for the bundled reports', async () => {
    const seeds = await readSeeds(SEEDS);
    expect(seeds).toHaveLength(5);
    const r = seeds.find((s) => s.docId === D000)!.report;
    expect(r.source).toBe('manifest');
    expect(r.period.label).toBe('113年7月至12月');
    expect(r.period.adLabel).toBe('2024-07 – 2024-12');
  });

  it('are guessed from the text for a report without a manifest entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    await copyFile(join(SEEDS, 'manifest.json'), join(dir, 'manifest.json'));
    await writeFile(join(dir, 'new_report.txt'), seedText(D004));
    const [seed] = await readSeeds(dir);
    expect(seed?.report.source).toBe('guessed');
    expect(seed?.report.title).toBe('高雄市政府行政暨國際處業務報告');
    expect(seed?.report.period.label).toBe('111年7月至112年3月');
    expect(seed?.report.kind).toBe('業務報告');
  });

  it('guess the fiscal year of a plan and the half-year of a chapter', () => {
    expect(guessReport('x', '高雄市政府人事處 106年度施政計畫提要\n內容').period.label).toBe('106年度');
    const chapter = guessReport('y', '參拾壹、人  事\n113年 7月至 12月期間，各機關外補345人。\n113年 7月至 12月計開辦258班。');
    expect(chapter.period.label).toBe('113年7月至12月');
  });

  it('reject a manifest entry that is not valid, with a plain message', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    await writeFile(join(dir, 'manifest.json'), JSON.stringify({ a: { title: '', agency: 'x', kind: '業務報告', period: { from: '113-07', to: '113-12' } } }));
    await writeFile(join(dir, 'a.txt'), 'text');
    await expect(readSeeds(dir)).rejects.toThrow(/manifest\.json: entry a\.title/);
  });
});
