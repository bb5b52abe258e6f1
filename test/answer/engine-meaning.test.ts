// The engine with the real index and model: the meaning features (the question's texts with a word taken out) are
// embedded only when they could change the decision, and the answers are those of working them out always.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { loadConfig } from '../../src/node/config';
import { createServices } from '../../src/node/services';
import { openIndex } from '../../src/node/store/open';
import { MODELS } from '../../src/retrieve/model';
import { questionSets } from '../helpers';

let engine: AnswerEngine;
/** how many texts each model run of the questions embedded */
const runs: number[] = [];

beforeAll(async () => {
  const opened = await openIndex(loadConfig(), { log: () => {} });
  const embedder = opened.embedder!;
  const counted = { ...embedder, embedQueries: (texts: string[]) => (runs.push(texts.length), embedder.embedQueries(texts)) };
  engine = createServices({ ...opened, embedder: counted }).engine;
});

describe('the meaning features when needed', () => {
  it('answers as working them out always does, sparing the second model run for the questions the fitted bounds settle', async () => {
    const items = (await questionSets()).flatMap((set) => set.items).filter((item) => !item.history).slice(0, 60);
    let spared = 0;
    for (const item of items) {
      const always = engine.answerWith(await engine.prepare(item.question), MODELS.hybrid);
      runs.length = 0;
      const asked = await engine.ask(item.question);
      expect({ ...asked, tookMs: 0 }, item.question).toEqual({ ...always, tookMs: 0 });
      // each text the question is looked for with, alone; then, unless settled, each with its texts with a word taken out
      expect(runs[0]).toBe(1);
      const texts = runs.filter((n) => n === 1).length;
      const withDrops = runs.filter((n) => n > 1).length;
      expect(withDrops).toBeLessThanOrEqual(texts);
      if (withDrops === 0) spared++;
    }
    expect(spared).toBeGreaterThan(items.length / 4);
    expect(spared).toBeLessThan(items.length);
  });
});
