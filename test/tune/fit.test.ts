import { describe, expect, it } from 'vitest';
import type { Prepared } from '../../src/answer/engine';
import type { EvalItem } from '../../src/eval/items';
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/retrieve/features';
import { confidenceOf, rankingOf, type LinearModel } from '../../src/retrieve/model';
import { scoreAll } from '../../src/retrieve/rank';
import { FIT_DEFAULTS, fitDecider, fitModel, trainingRows, type Answerer, type Example } from '../../src/tune/fit';
import { LOGISTIC_DEFAULTS } from '../../src/tune/logistic';

const zeros = (): Features => Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Features;

/** A candidate sentence reduced to what the training rows read: its report, its text and a feature or two. */
function candidate(text: string, termsInSentence: number, more: Partial<Features> = {}): Prepared['parts'][number][number] {
  const features = { ...zeros(), termsInSentence, ...more };
  return { candidate: { doc: { docId: 'r1' }, text }, features, picks: [], yearMatch: null, personMissing: false, institutionMissing: false } as unknown as Prepared['parts'][number][number];
}

function example(type: string, must: string[], texts: [string, number, Partial<Features>?][], id = `q-${type}`): Example {
  const item: EvalItem = { id, question: '?', docs: ['r1'], must, type };
  return { item, prepared: { parts: [texts.map(([t, x, more]) => candidate(t, x, more))] } as unknown as Prepared };
}

describe('the training rows', () => {
  const answerable = example('fact', ['12人'], [['計12人', 0.9], ['計3人', 0.8], ['計4人', 0.1], ['計5人', 0.2]]);
  const unanswerable = example('none', [], [['計7人', 0.9], ['計8人', 0.1]]);

  it('weighs every question the same: half on its positives, half on its negatives (all on them when it has none)', () => {
    const { labels, weights } = trainingRows([answerable, unanswerable], ['termsInSentence']);
    expect(labels).toEqual([1, 0, 0, 0, 0, 0]);
    expect(weights.slice(0, 4).map((w) => +w.toFixed(4))).toEqual([0.5, 0.1667, 0.1667, 0.1667]);
    expect(weights.slice(4)).toEqual([0.5, 0.5]);
  });

  it('puts a share of the negative weight on the negatives a first model scores highest', () => {
    const score = (f: Features): number => f.termsInSentence;
    const { weights } = trainingRows([answerable, unanswerable], ['termsInSentence'], { top: 1, share: 0.6, score });
    // the answerable question: 計3人 (0.8) is its hardest negative
    expect(weights.slice(0, 4).map((w) => +w.toFixed(4))).toEqual([0.5, 0.3, 0.1, 0.1]);
    // the unanswerable one: 計7人 (0.9)
    expect(weights.slice(4).map((w) => +w.toFixed(4))).toEqual([0.6, 0.4]);
    // each question still weighs 1 in all
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(2);
  });
});

describe('the decider', () => {
  // a ranker that puts the sentence with the most of the question's terms first
  const ranker: LinearModel = { bias: 0, weights: { ...zeros(), termsInSentence: 4 }, threshold: 0, decider: null, rerank: 0 };
  // the best sentence of every question covers its terms alike; only when the question asks a
  // detail the sentence does not speak to (meaningLacking) is it not the answer
  const examples = [
    ...Array.from({ length: 12 }, (_, i) => example('fact', ['12人'], [['計12人', 0.9], ['計3人', 0.5]], `a${i}`)),
    ...Array.from({ length: 8 }, (_, i) => example('none', [], [['計7人', 0.9, { meaningLacking: 1 }], ['計8人', 0.5]], `n${i}`)),
    // a wrong best sentence teaches the same
    example('fact', ['12人'], [['計9人', 0.9, { meaningLacking: 1 }], ['計12人', 0.2]], 'w'),
  ];
  const names: FeatureName[] = ['termsInSentence', 'meaningLacking'];

  it('learns from each part’s best candidate what the ranking score cannot tell', () => {
    const decider = fitDecider(examples, names, ranker, { ...LOGISTIC_DEFAULTS, l2: 0.01 });
    expect(decider.weights.meaningLacking).toBeLessThan(0);
    const model: LinearModel = { ...ranker, decider };
    const right = confidenceOf(model, 3.6, { ...zeros(), termsInSentence: 0.9 });
    const detail = confidenceOf(model, 3.6, { ...zeros(), termsInSentence: 0.9, meaningLacking: 1 });
    expect(right).toBeGreaterThan(0);
    expect(detail).toBeLessThan(0);
  });

  it('keeps each weight on its feature’s side of 0', () => {
    // meaningLacking speaks against a candidate: even data that says otherwise cannot turn it round
    const turned = [example('fact', ['12人'], [['計12人', 0.9, { meaningLacking: 1 }]], 'x'), example('none', [], [['計7人', 0.9]], 'y')];
    expect(fitDecider(turned, names, ranker, { ...LOGISTIC_DEFAULTS, l2: 0.01 }).weights.meaningLacking).toBeLessThanOrEqual(0);
  });

  it('leaves the ranking score as the confidence when there is none', () => {
    expect(confidenceOf(ranker, 2.5, zeros())).toBe(2.5);
  });

  it('ranks by the score and, as much as the rerank weight says, by its confidence', () => {
    const decider = fitDecider(examples, names, ranker, { ...LOGISTIC_DEFAULTS, l2: 0.01 });
    // two sentences the ranker scores nearly alike: the one the decider doubts (meaningLacking) goes second once its confidence counts
    const featured = [candidate('計9人', 0.9, { meaningLacking: 1 }), candidate('計12人', 0.85)];
    const byScore = scoreAll(featured, { ...ranker, decider, rerank: 0 });
    const reranked = scoreAll(featured, { ...ranker, decider, rerank: 1 });
    expect(byScore[0]!.candidate.text).toBe('計9人');
    expect(reranked[0]!.candidate.text).toBe('計12人');
    expect(rankingOf({ ...ranker, rerank: 0.5 }, 2, 4)).toBe(4);
  });

  it('fits the rerank weight among those tried only with a decider, and keeps the first tried on a tie', () => {
    const answer: Answerer = (prepared, model) => {
      const best = scoreAll(prepared.parts[0]!, model)[0]!;
      const found = best.confidence >= model.threshold;
      return { answer: found ? best.candidate.text : '報告中沒有', found, kind: found ? 'answer' : 'not_found', citations: [], series: null };
    };
    const options = { ...FIT_DEFAULTS, rerankGrid: [0, 1, 3], hardNegatives: { top: 3, share: 0 } };
    const plain = fitModel(examples, 'lexical', answer, { ...options, deciderL2: null });
    expect(plain.rerank).toBe(0);
    const fitted = fitModel(examples, 'lexical', answer, options);
    expect(options.rerankGrid).toContain(fitted.rerank);
    // with one candidate a question, no weight ranks differently: every one ties, and the first (0) stays
    const alone = examples.map((e) => ({ ...e, prepared: { ...e.prepared, parts: [e.prepared.parts[0]!.slice(0, 1)] } }));
    expect(fitModel(alone, 'lexical', answer, { ...options, rerankGrid: [1, 3, 0] }).rerank).toBe(1);
    expect(fitModel(alone, 'lexical', answer, options).rerank).toBe(0);
  });

  it('chooses the threshold that costs least, a wrong answer costing as much as wrongCost refusals', () => {
    const answer: Answerer = (prepared, model) => {
      const best = scoreAll(prepared.parts[0]!, model)[0]!;
      const found = best.confidence >= model.threshold;
      const cited = { n: 1, docId: 'r1', title: '', section: '', lineStart: 1, lineEnd: 1, quote: best.candidate.text };
      return { answer: found ? best.candidate.text : '報告中沒有', found, kind: found ? 'answer' : 'not_found', citations: found ? [cited] : [], series: null };
    };
    // sure answers (0.9), two questions the reports do not answer that look answerable (0.7), and
    // three right answers less sure than those (0.5): answering the three answers the two as well
    const sets = [
      ...Array.from({ length: 5 }, (_, i) => example('fact', ['12人'], [['計12人', 0.9]], `s${i}`)),
      ...Array.from({ length: 2 }, (_, i) => example('none', [], [['計7人', 0.7]], `n${i}`)),
      ...Array.from({ length: 3 }, (_, i) => example('fact', ['12人'], [['計12人', 0.5]], `l${i}`)),
    ];
    const options = { ...FIT_DEFAULTS, deciderL2: null, hardNegatives: { top: 3, share: 0 } };
    const answered = (wrongCost: number): string[] => {
      const model = fitModel(sets, 'lexical', answer, { ...options, wrongCost });
      return sets.filter((e) => answer(e.prepared, model).found).map((e) => e.item.id);
    };
    // the most right answers: all ten answered, eight right
    expect(answered(1)).toHaveLength(10);
    // a wrong answer costing two refusals: the five sure ones only (seven right, none wrong)
    expect(answered(2)).toEqual(['s0', 's1', 's2', 's3', 's4']);
  });
});

describe('answering once per route', () => {
  it('gives the answers the engine gives, whatever the threshold, composing once per distinct decision', async () => {
    const { miniEngine } = await import('../mini');
    const { MODELS } = await import('../../src/retrieve/model');
    const { composingOnce } = await import('../../src/tune/fit');
    const { engine } = await miniEngine();
    const questions = ['111年健康檢查補助了多少人？', '111年急難貸款還有幾件？補助金額呢？', '112年員工旅遊去哪裡？', '你好'];
    const prepared = await Promise.all(questions.map((q) => engine.prepare(q)));
    let composed = 0;
    const counting = { route: engine.route.bind(engine), answerOf: (...args: Parameters<typeof engine.answerOf>) => (composed++, engine.answerOf(...args)) };
    const answer = composingOnce(counting);
    const thresholds = [-6, -3, -1, 0, 0.5, 1, 2, 4, 8];
    for (const prep of prepared) {
      for (const threshold of thresholds) {
        const model = { ...MODELS.lexical, threshold };
        const once = answer(prep, model);
        const direct = engine.answerWith(prep, model);
        expect(once.found).toBe(direct.found);
        expect(once.kind).toBe(direct.kind);
        if (direct.found) expect(once).toEqual(direct);
      }
    }
    expect(composed).toBeLessThan(questions.length * thresholds.length);
  });
});
