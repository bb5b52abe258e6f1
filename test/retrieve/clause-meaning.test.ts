import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answer/engine';
import { clauseId, clauseIds, clauseSimilarity, clauseTexts, nearestClauseSimilarity } from '../../src/retrieve/clause-meaning';
import { featurize } from '../../src/retrieve/rank';
import { miniEngine } from '../mini';
import { candidatesOf } from './candidate-fixture';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await miniEngine());
});

describe('the meaning of the clause a figure stands in', () => {
  it('gives the index every clause of a sentence of several clauses, after its heading and the clause before', () => {
    const [several, one] = candidatesOf('本期女性首長69人；相較上次會期，女性首長增加4人。本期共計辦理12場。', '壹、人事 > 二、性別平等');
    const texts = clauseTexts(several!);
    // the clause before (相較上次會期) names what the next one is about
    expect(texts.map((t) => t.text)).toEqual(['二、性別平等：本期女性首長69人;', '二、性別平等：本期女性首長69人;相較上次會期,', '二、性別平等：相較上次會期,女性首長增加4人。']);
    expect(texts.map((t) => t.id)).toEqual(clauseIds(several!));
    // a sentence of one clause is its own vector
    expect(clauseTexts(one!)).toEqual([]);
    expect(clauseIds(one!)).toEqual([]);
  });

  it('looks up the clause of a position, and nothing for a sentence of one clause', () => {
    const [c] = candidatesOf('女性首長69人，專門委員37人。');
    const ids = clauseIds(c!);
    const sims = new Map([[c!.id, 0.5], [ids[0]!, 0.7], [ids[1]!, 0.4]]);
    const at = c!.normalized.text.indexOf('37');
    expect(clauseSimilarity(c!, at, sims)).toBe(0.4);
    expect(clauseSimilarity(c!, 0, null)).toBeUndefined();
    // the nearest clause, for a question with no figure to choose (who, which, where)
    expect(nearestClauseSimilarity(c!, sims)).toBe(0.7);
    expect(nearestClauseSimilarity(c!, null)).toBeUndefined();
    expect(clauseId('s#1', 7)).toBe('s#1@7');
  });

  it('makes the chosen figure’s clause a feature, the sentence’s similarity standing in when its clause has no vector', () => {
    const cs = candidatesOf('女性首長69人，專門委員37人。相較上次會期，女性首長增加4人。');
    const [level, change] = cs;
    const ids = clauseIds(level!);
    const sims = new Map([[level!.id, 0.5], [ids[0]!, 0.8], [ids[1]!, 0.3], [change!.id, 0.6], ...clauseIds(change!).map((id) => [id, 0.55] as const)]);
    const q = engine.plan('女性首長有幾人？').parts[0]!;
    const [fl, fc] = featurize(q, cs, sims);
    expect(fl!.features.clauseSimilarity).toBe(0.8);
    expect(fl!.features.clauseGap).toBe(0);
    expect(fc!.features.clauseSimilarity).toBe(0.55);
    expect(fc!.features.clauseGap).toBeCloseTo(-0.25);
    // a who question chooses no figure: the sentence's nearest clause speaks for it
    const who = engine.plan('女性首長是誰？').parts[0]!;
    expect(featurize(who, cs, sims)[0]!.features.clauseSimilarity).toBe(0.8);
    // no vectors: nothing from meaning
    expect(featurize(q, cs, null)[0]!.features.clauseSimilarity).toBe(0);
  });
});
