// npm run tune [-- --file F …] [--folds K] [--l2 X] [--decider-l2 X|none] [--hard-top N --hard-share S] [--wrong-cost C] [--recalibrate] [--check]: fits
// the answer decision on the project's question sets — a logistic model over every candidate's
// features (refitted with more weight on each question's best-scoring wrong candidates) and the
// decider over each part's best candidate and the threshold on its confidence (a wrong answer costing C false 「報告中沒有」) — with and without the embeddings, prints the k-fold
// cross-validated accuracy (the number to report), and writes src/retrieve/model.json.
// --check only prints the cross-validation and the fitted model's own accuracy; --variant V
// (with --check) fits only one of the two. --recalibrate keeps model.json's weights and fits only
// the rerank weight and threshold (cross-validated the same way).
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnswerEngine } from '../answer/engine';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { FEATURES } from '../retrieve/features';
import { MODELS, ModelFileSchema, type LinearModel, type ModelFile, type ModelVariant } from '../retrieve/model';
import { createServices } from '../node/services';
import { openIndex } from '../node/store/open';
import { composingOnce, crossValidate, featuresOf, FIT_DEFAULTS, fitCut, fitModel, outcome, type Example, type FitOptions } from '../tune/fit';
import { runCli, UsageError } from './run';

/** The question sets fitted on: every set the project wrote (not the public set, kept as a check). */
const DEFAULT_SETS = ['dev', 'dev2', 'heldout', 'heldout2', 'blind1', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24', 'blind25', 'blind26', 'blind27', 'blind28', 'blind29', 'blind30', 'blind31', 'blind32', 'blind33', 'blind34', 'blind35', 'blind36', 'blind37', 'blind38', 'blind39', 'blind40', 'blind41', 'blind42', 'blind43', 'blind44', 'blind45', 'blind46', 'blind47', 'blind48', 'blind49', 'blind50', 'blind51', 'blind52', 'blind53', 'blind54', 'blind55', 'blind56', 'blind57', 'blind58', 'blind59', 'blind60', 'blind61', 'blind62', 'blind63', 'blind64', 'blind65'].map((n) => `test/fixtures/${n}-questions.jsonl`);
const MODEL_FILE = resolve(PROJECT_ROOT, 'src/retrieve/model.json');
const DEFAULT_FOLDS = 5;

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const round = (x: number): number => Math.round(x * 1e4) / 1e4;

async function prepareAll(engine: AnswerEngine, files: string[]): Promise<Example[]> {
  const examples: Example[] = [];
  for (const file of files) {
    for (const item of await readEvalFile(file)) {
      const history = (item.history ?? []).map((content) => ({ role: 'user' as const, content }));
      examples.push({ item, prepared: await engine.prepare(item.question, history) });
    }
  }
  return examples;
}

function variantJson(model: LinearModel, variant: ModelVariant): ModelFile['variants'][ModelVariant] {
  const rounded = (w: LinearModel['weights']): Record<string, number> => Object.fromEntries(featuresOf(variant).map((n) => [n, round(w[n])]));
  const d = model.decider;
  return { bias: round(model.bias), weights: rounded(model.weights), threshold: round(model.threshold), ...(d ? { decider: { bias: round(d.bias), score: round(d.score), weights: rounded(d.weights) }, rerank: model.rerank } : {}) };
}

runCli(async () => {
  const { values } = parseArgs({
    options: { file: { type: 'string', multiple: true }, folds: { type: 'string' }, l2: { type: 'string' }, 'decider-l2': { type: 'string' }, 'hard-top': { type: 'string' }, 'hard-share': { type: 'string' }, 'wrong-cost': { type: 'string' }, recalibrate: { type: 'boolean' }, check: { type: 'boolean' }, variant: { type: 'string' } },
    strict: true,
  });
  const folds = values.folds === undefined ? DEFAULT_FOLDS : Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2) throw new UsageError('--folds is a whole number of at least 2.');
  const files = (values.file ?? DEFAULT_SETS).map((f) => resolve(PROJECT_ROOT, f));
  const l2 = values.l2 === undefined ? FIT_DEFAULTS.logistic.l2 : Number(values.l2);
  if (!(l2 >= 0)) throw new UsageError('--l2 is a number of at least 0.');
  const given = values['decider-l2'];
  const deciderL2 = given === undefined ? FIT_DEFAULTS.deciderL2 : given === 'none' ? null : Number(given);
  if (deciderL2 !== null && !(deciderL2 >= 0)) throw new UsageError('--decider-l2 is a number of at least 0, or none (the ranking score decides).');
  const top = values['hard-top'] === undefined ? FIT_DEFAULTS.hardNegatives.top : Number(values['hard-top']);
  const share = values['hard-share'] === undefined ? FIT_DEFAULTS.hardNegatives.share : Number(values['hard-share']);
  if (!Number.isInteger(top) || top < 1) throw new UsageError('--hard-top is a whole number of at least 1.');
  if (!(share >= 0 && share < 1)) throw new UsageError('--hard-share is a number from 0 up to (not including) 1.');
  const wrongCost = values['wrong-cost'] === undefined ? FIT_DEFAULTS.wrongCost : Number(values['wrong-cost']);
  if (!(wrongCost >= 1)) throw new UsageError('--wrong-cost is a number of at least 1 (how many false 「報告中沒有」 one wrong answer costs).');
  const options: FitOptions = { ...FIT_DEFAULTS, logistic: { ...FIT_DEFAULTS.logistic, l2 }, deciderL2, hardNegatives: { top, share }, wrongCost };

  // the model file as it stands: what --recalibrate keeps the weights of
  const previous = ModelFileSchema.parse(JSON.parse(await readFile(MODEL_FILE, 'utf8')));
  const opened = await openIndex(loadConfig(), { log: (l) => process.stderr.write(`${l}\n`) });
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const all: ModelVariant[] = opened.embedder ? ['hybrid', 'lexical'] : ['lexical'];
  if (values.variant !== undefined && !(all as string[]).includes(values.variant)) throw new UsageError(`--variant is one of ${all.join(', ')}.`);
  if (values.variant !== undefined && !values.check) throw new UsageError('--variant fits one model only to look at it: give --check too (model.json holds both).');
  const variants = values.variant === undefined ? all : all.filter((v) => v === values.variant);
  const fitted: Partial<Record<ModelVariant, LinearModel>> = {};
  const cv: Record<string, unknown> = {};
  let data: Record<string, unknown> = {};
  for (const variant of variants) {
    const engine = createServices(opened, { mode: variant === 'hybrid' ? 'hybrid' : 'lexical' }).engine;
    const examples = await prepareAll(engine, files);
    const answer = composingOnce(engine);
    // --recalibrate: the weights as model.json has them; only the rerank weight and threshold fitted
    const fit = (train: Example[]): LinearModel => (values.recalibrate ? fitCut(train, MODELS[variant], answer, options) : fitModel(train, variant, answer, options));
    const result = crossValidate(examples, folds, variant, answer, options, fit);
    out(`${variant}: ${examples.length} questions, ${folds}-fold cross-validated accuracy ${pct(result.accuracy)} (folds ${result.perFold.map(pct).join(' ')})`);
    out(`  wrong answers ${result.wrong}, false not-found ${result.falseNotFound}/${result.answerable} (${pct(result.falseNotFound / Math.max(1, result.answerable))}), false found ${result.falseFound}/${result.unanswerable} (${pct(result.falseFound / Math.max(1, result.unanswerable))})`);
    const model = fit(examples);
    const own = outcome(examples, model, answer);
    out(`  fitted on all: accuracy on the same questions ${pct(own.accuracy)}, threshold ${model.threshold.toFixed(3)}, rerank ${model.rerank}`);
    fitted[variant] = model;
    cv[variant] = { folds, accuracy: round(result.accuracy), perFold: result.perFold.map(round), wrong: result.wrong, falseNotFound: result.falseNotFound, answerable: result.answerable, falseFound: result.falseFound, unanswerable: result.unanswerable, fittedAccuracy: round(own.accuracy) };
    data = {
      questions: examples.length,
      candidates: examples.reduce((n, e) => n + e.prepared.parts.flat().length, 0),
      sets: files.map((f) => f.slice(PROJECT_ROOT.length + 1)),
      fit: values.recalibrate
        ? { recalibrated: `rerank weight and threshold only; the weights as fitted at ${previous.fittedAt} on ${String(previous.data.questions)} questions`, rerankGrid: options.rerankGrid, wrongCost, weightsFit: previous.data.fit, weightsCrossValidation: previous.crossValidation }
        : { l2, deciderL2, hardNegatives: options.hardNegatives, rerankGrid: options.rerankGrid, wrongCost },
    };
  }
  if (values.check) return;
  const hybrid = fitted.hybrid ?? fitted.lexical;
  const lexical = fitted.lexical;
  if (!hybrid || !lexical) throw new UsageError('Nothing was fitted.');
  if (!fitted.hybrid) out('No embedding model: the hybrid variant is the lexical one.');
  const file: ModelFile = {
    version: 1,
    fittedAt: new Date().toISOString(),
    script: 'npm run tune',
    variants: { hybrid: variantJson(hybrid, fitted.hybrid ? 'hybrid' : 'lexical'), lexical: variantJson(lexical, 'lexical') },
    meaning: { bias: 'log-odds of a candidate with every feature 0', threshold: 'the least confidence of the best candidate for an answer', rerank: 'the weight of the decider\'s confidence beside the score in ranking the candidates', decider: 'log-odds that the best candidate answers right: its bias, the weight of the ranking score, and a weight for each feature', ...Object.fromEntries(Object.entries(FEATURES).map(([n, f]) => [n, f.meaning])) },
    data,
    crossValidation: cv,
  };
  await writeFile(MODEL_FILE, `${JSON.stringify(file, null, 2)}\n`);
  out(`Wrote ${MODEL_FILE.slice(PROJECT_ROOT.length + 1)}.`);
});
