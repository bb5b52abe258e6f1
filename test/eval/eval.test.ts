// The evaluation through the real API on the real index: the public set (when it is beside
// the project) and the project's own sets must pass their bars.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/node/config';
import { readEvalFile } from '../../src/node/eval-file';
import { evaluate } from '../../src/eval/run';
import { createApp } from '../../src/server/app';
import { createServices } from '../../src/node/services';
import { openIndex } from '../../src/node/store/open';
import { DEV_QUESTIONS, hasPublicEval, PUBLIC_EVAL, ROOT } from '../helpers';

const HELDOUT = join(ROOT, 'test/fixtures/heldout-questions.jsonl');
const HELDOUT2 = join(ROOT, 'test/fixtures/heldout2-questions.jsonl');
const DEV2 = join(ROOT, 'test/fixtures/dev2-questions.jsonl');
const BLIND1 = join(ROOT, 'test/fixtures/blind1-questions.jsonl');
const BLIND2 = join(ROOT, 'test/fixtures/blind2-questions.jsonl');
const BLIND3 = join(ROOT, 'test/fixtures/blind3-questions.jsonl');
const BLIND4 = join(ROOT, 'test/fixtures/blind4-questions.jsonl');
const BLIND5 = join(ROOT, 'test/fixtures/blind5-questions.jsonl');
const BLIND6 = join(ROOT, 'test/fixtures/blind6-questions.jsonl');
const BLIND7 = join(ROOT, 'test/fixtures/blind7-questions.jsonl');
const BLIND8 = join(ROOT, 'test/fixtures/blind8-questions.jsonl');
const BLIND9 = join(ROOT, 'test/fixtures/blind9-questions.jsonl');
const BLIND10 = join(ROOT, 'test/fixtures/blind10-questions.jsonl');
const BLIND11 = join(ROOT, 'test/fixtures/blind11-questions.jsonl');
const BLIND12 = join(ROOT, 'test/fixtures/blind12-questions.jsonl');
const BLIND13 = join(ROOT, 'test/fixtures/blind13-questions.jsonl');
const BLIND14 = join(ROOT, 'test/fixtures/blind14-questions.jsonl');
const BLIND15 = join(ROOT, 'test/fixtures/blind15-questions.jsonl');
const BLIND16 = join(ROOT, 'test/fixtures/blind16-questions.jsonl');
const BLIND17 = join(ROOT, 'test/fixtures/blind17-questions.jsonl');
const BLIND18 = join(ROOT, 'test/fixtures/blind18-questions.jsonl');
const BLIND19 = join(ROOT, 'test/fixtures/blind19-questions.jsonl');
const BLIND20 = join(ROOT, 'test/fixtures/blind20-questions.jsonl');
const BLIND21 = join(ROOT, 'test/fixtures/blind21-questions.jsonl');
const BLIND22 = join(ROOT, 'test/fixtures/blind22-questions.jsonl');
const BLIND23 = join(ROOT, 'test/fixtures/blind23-questions.jsonl');
const BLIND24 = join(ROOT, 'test/fixtures/blind24-questions.jsonl');
const BLIND25 = join(ROOT, 'test/fixtures/blind25-questions.jsonl');
const BLIND26 = join(ROOT, 'test/fixtures/blind26-questions.jsonl');
const BLIND27 = join(ROOT, 'test/fixtures/blind27-questions.jsonl');
const BLIND28 = join(ROOT, 'test/fixtures/blind28-questions.jsonl');
const BLIND29 = join(ROOT, 'test/fixtures/blind29-questions.jsonl');
const BLIND30 = join(ROOT, 'test/fixtures/blind30-questions.jsonl');
const BLIND31 = join(ROOT, 'test/fixtures/blind31-questions.jsonl');
const BLIND32 = join(ROOT, 'test/fixtures/blind32-questions.jsonl');
const BLIND33 = join(ROOT, 'test/fixtures/blind33-questions.jsonl');
const BLIND34 = join(ROOT, 'test/fixtures/blind34-questions.jsonl');
const BLIND35 = join(ROOT, 'test/fixtures/blind35-questions.jsonl');
const BLIND36 = join(ROOT, 'test/fixtures/blind36-questions.jsonl');
const BLIND37 = join(ROOT, 'test/fixtures/blind37-questions.jsonl');
const BLIND38 = join(ROOT, 'test/fixtures/blind38-questions.jsonl');
const BLIND39 = join(ROOT, 'test/fixtures/blind39-questions.jsonl');
const BLIND40 = join(ROOT, 'test/fixtures/blind40-questions.jsonl');
const BLIND41 = join(ROOT, 'test/fixtures/blind41-questions.jsonl');
const BLIND42 = join(ROOT, 'test/fixtures/blind42-questions.jsonl');
const BLIND43 = join(ROOT, 'test/fixtures/blind43-questions.jsonl');
const BLIND44 = join(ROOT, 'test/fixtures/blind44-questions.jsonl');
const BLIND45 = join(ROOT, 'test/fixtures/blind45-questions.jsonl');
const BLIND46 = join(ROOT, 'test/fixtures/blind46-questions.jsonl');
const BLIND47 = join(ROOT, 'test/fixtures/blind47-questions.jsonl');
const BLIND48 = join(ROOT, 'test/fixtures/blind48-questions.jsonl');
const BLIND49 = join(ROOT, 'test/fixtures/blind49-questions.jsonl');
const BLIND50 = join(ROOT, 'test/fixtures/blind50-questions.jsonl');
const BLIND51 = join(ROOT, 'test/fixtures/blind51-questions.jsonl');
const BLIND52 = join(ROOT, 'test/fixtures/blind52-questions.jsonl');
const BLIND53 = join(ROOT, 'test/fixtures/blind53-questions.jsonl');
const BLIND54 = join(ROOT, 'test/fixtures/blind54-questions.jsonl');
const BLIND55 = join(ROOT, 'test/fixtures/blind55-questions.jsonl');
const BLIND56 = join(ROOT, 'test/fixtures/blind56-questions.jsonl');
const BLIND57 = join(ROOT, 'test/fixtures/blind57-questions.jsonl');
const BLIND58 = join(ROOT, 'test/fixtures/blind58-questions.jsonl');
const BLIND59 = join(ROOT, 'test/fixtures/blind59-questions.jsonl');
const BLIND60 = join(ROOT, 'test/fixtures/blind60-questions.jsonl');
const BLIND61 = join(ROOT, 'test/fixtures/blind61-questions.jsonl');
const BLIND62 = join(ROOT, 'test/fixtures/blind62-questions.jsonl');
const BLIND63 = join(ROOT, 'test/fixtures/blind63-questions.jsonl');
const BLIND64 = join(ROOT, 'test/fixtures/blind64-questions.jsonl');
const BLIND65 = join(ROOT, 'test/fixtures/blind65-questions.jsonl');
const BLIND66 = join(ROOT, 'test/fixtures/blind66-questions.jsonl');
const BLIND67 = join(ROOT, 'test/fixtures/blind67-questions.jsonl');
const BLIND68 = join(ROOT, 'test/fixtures/blind68-questions.jsonl');
const BLIND69 = join(ROOT, 'test/fixtures/blind69-questions.jsonl');
const BLIND70 = join(ROOT, 'test/fixtures/blind70-questions.jsonl');
const BLIND71 = join(ROOT, 'test/fixtures/blind71-questions.jsonl');
const BLIND72 = join(ROOT, 'test/fixtures/blind72-questions.jsonl');
const BLIND73 = join(ROOT, 'test/fixtures/blind73-questions.jsonl');
const BLIND74 = join(ROOT, 'test/fixtures/blind74-questions.jsonl');
const BLIND75 = join(ROOT, 'test/fixtures/blind75-questions.jsonl');
const BLIND76 = join(ROOT, 'test/fixtures/blind76-questions.jsonl');
const BLIND77 = join(ROOT, 'test/fixtures/blind77-questions.jsonl');
const BLIND78 = join(ROOT, 'test/fixtures/blind78-questions.jsonl');
const BLIND79 = join(ROOT, 'test/fixtures/blind79-questions.jsonl');
const BLIND80 = join(ROOT, 'test/fixtures/blind80-questions.jsonl');
let app: ReturnType<typeof createApp>;
let services: ReturnType<typeof createServices>;

beforeAll(async () => {
  // a copy of the committed index — what `npm start` serves, and what the model was fitted on —
  // so that nothing here can change it (a build from the seeds is tested in test/node)
  const dir = await mkdtemp(join(tmpdir(), 'report-qa-eval-'));
  await cp(join(ROOT, 'index'), join(dir, 'index'), { recursive: true });
  services = createServices(await openIndex({ ...loadConfig(), indexDir: join(dir, 'index') }));
  app = createApp(services);
});

async function run(file: string) {
  const report = await evaluate(app, await readEvalFile(file), services.documents);
  const failures = report.results.filter((r) => !r.pass).map((r) => `${r.item.id}: ${r.body.answer}`);
  return { report, failures };
}

describe('evaluation', () => {
  it.skipIf(!hasPublicEval)('public set: at least 98%, every "none" not found, quotes exact and inside their lines', async () => {
    const { report, failures } = await run(PUBLIC_EVAL);
    expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(report.byType['none']?.pass).toBe(report.byType['none']?.total);
    expect(report.exactQuoteRate).toBe(1);
    expect(report.inLinesRate).toBe(1);
  });

  // the bars sit a little under what each set scores now (the model is fitted on all of them): a regression guard
  const sets = [
    ['own development', DEV_QUESTIONS, 0.95],
    ['own held-out', HELDOUT, 0.9],
    ['own second held-out', HELDOUT2, 0.9],
    ['second development (users’ words)', DEV2, 0.8],
    ['first blind', BLIND1, 0.85],
    ['second blind', BLIND2, 0.85],
    ['third blind', BLIND3, 0.85],
    ['fourth blind', BLIND4, 0.84],
    ['fifth blind', BLIND5, 0.84],
    ['sixth blind', BLIND6, 0.88],
    ['seventh blind', BLIND7, 0.8],
    ['eighth blind', BLIND8, 0.84],
    ['ninth blind', BLIND9, 0.88],
    // not fitted on: its first run (91.5% both) measured the product
    ['tenth blind', BLIND10, 0.88],
    // 84.7% since the refit with blind 42 and 43 (87.5% before; cross-validated accuracy rose 93.0 → 93.1%)
    ['eleventh blind (users’ own words)', BLIND11, 0.84],
    ['twelfth blind (users’ own words)', BLIND12, 0.8],
    ['thirteenth blind (users’ own words)', BLIND13, 0.9],
    ['fourteenth blind (users’ own words)', BLIND14, 0.85],
    // fitted on since their first runs (92.3%, 90.0%, 83.6% hybrid) measured the product
    ['fifteenth blind (users’ own words)', BLIND15, 0.88],
    ['sixteenth blind (users’ own words)', BLIND16, 0.88],
    ['seventeenth blind (users’ own words)', BLIND17, 0.8],
    // fitted on since its first run (86.5% hybrid, 87.6% lexical-only) measured the product
    ['eighteenth blind (users’ own words)', BLIND18, 0.84],
    // fitted on since its first run (87.6% hybrid, 85.0% lexical-only) measured the product
    ['nineteenth blind (users’ own words)', BLIND19, 0.85],
    // fitted on since its first run (86.1% hybrid, 85.2% lexical-only) measured the product
    ['twentieth blind (users’ own words)', BLIND20, 0.84],
    // fitted on since its first run (90.1% hybrid, 90.1% lexical-only) measured the product
    ['twenty-first blind (users’ own words)', BLIND21, 0.88],
    // fitted on since its first run (89.9% hybrid, 90.9% lexical-only) measured the product
    ['twenty-second blind (users’ own words)', BLIND22, 0.87],
    // fitted on since its first run (89.5% hybrid, 91.1% lexical-only) measured the product
    ['twenty-third blind (users’ own words)', BLIND23, 0.87],
    // fitted on since its first run (83.3% hybrid, 80.0% lexical-only) measured the product
    ['twenty-fourth blind (users’ own words)', BLIND24, 0.86],
    // fitted on since its first run (92.8% hybrid, 90.2% lexical-only) measured the product
    ['twenty-fifth blind (users’ own words)', BLIND25, 0.9],
    // fitted on since its first run (96.0% hybrid, 94.9% lexical-only) measured the product
    ['twenty-sixth blind (users’ own words)', BLIND26, 0.93],
    // fitted on since its first run (91.1% hybrid, 93.3% lexical-only) measured the product
    ['twenty-seventh blind (users’ own words)', BLIND27, 0.88],
    // fitted on since its first run (87.9% hybrid, 89.4% lexical-only) measured the product
    ['twenty-eighth blind (users’ own words)', BLIND28, 0.85],
    // fitted on since its first run (90.8% hybrid, 90.2% lexical-only) measured the product
    ['twenty-ninth blind (users’ own words)', BLIND29, 0.9],
    // fitted on since its first run (88.9% hybrid, 88.9% lexical-only) measured the product
    ['thirtieth blind (users’ own words)', BLIND30, 0.86],
    // fitted on since its first run (89.6% hybrid, 85.7% lexical-only) measured the product
    ['thirty-first blind (users’ own words)', BLIND31, 0.86],
    // fitted on since its first run (89.5% hybrid, 89.5% lexical-only) measured the product
    ['thirty-second blind (users’ own words)', BLIND32, 0.88],
    // fitted on since its first run (84.4% hybrid, 83.1% lexical-only) measured the product
    ['thirty-third blind (users’ own words)', BLIND33, 0.82],
    // fitted on since its first run (90.8% hybrid, 88.2% lexical-only) measured the product
    ['thirty-fourth blind (users’ own words)', BLIND34, 0.88],
    // fitted on since its first run (92.2% hybrid, 89.6% lexical-only) measured the product
    ['thirty-fifth blind (users’ own words)', BLIND35, 0.9],
    // fitted on since its first run (92.0% hybrid, 89.3% lexical-only; 93.3% with one gold corrected) measured the product
    ['thirty-sixth blind (users’ own words)', BLIND36, 0.9],
    // fitted on since its first run (90.0% hybrid, 90.0% lexical-only) measured the product
    ['thirty-seventh blind (users’ own words)', BLIND37, 0.88],
    // fitted on since its first run (84.7% hybrid, 83.3% lexical-only) measured the product
    ['thirty-eighth blind (users’ own words)', BLIND38, 0.85],
    // fitted on since its first run (88.5% hybrid, 86.9% lexical-only) measured the product
    ['thirty-ninth blind (users’ own words)', BLIND39, 0.9],
    // fitted on since its first run (85.0% hybrid, 85.0% lexical-only) measured the product
    ['fortieth blind (users’ own words)', BLIND40, 0.86],
    // fitted on since its first run (89.7% hybrid, 92.0% lexical-only) measured the product
    ['forty-first blind (users’ own words)', BLIND41, 0.93],
    // fitted on since its first run (93.2% hybrid, 94.6% lexical-only) measured the product
    ['forty-second blind (users’ own words)', BLIND42, 0.91],
    // fitted on since its first run (91.6% hybrid, 94.0% lexical-only) measured the product
    ['forty-third blind (users’ own words)', BLIND43, 0.93],
    // fitted on since its first run (85.7% hybrid, 80.5% lexical-only) measured the refit
    ['forty-fourth blind (users’ own words)', BLIND44, 0.87],
    // fitted on since its first run (90.3% hybrid, 90.3% lexical-only) measured the product
    ['forty-fifth blind (users’ own words)', BLIND45, 0.88],
    // fitted on since its first run (83.8% hybrid, 87.8% lexical-only) measured the product
    ['forty-sixth blind (users’ own words)', BLIND46, 0.89],
    // fitted on since its first run (88.2% hybrid, 85.3% lexical-only) measured the refit; two rules came after it, from its failures
    ['forty-seventh blind (users’ own words)', BLIND47, 0.9],
    // fitted on since its first run (85.7% hybrid, 77.8% lexical-only) measured the end of its session
    ['forty-eighth blind (users’ own words)', BLIND48, 0.91],
    // fitted on since its first run (92.4% hybrid, 87.9% lexical-only) measured the code its session started from
    ['forty-ninth blind (users’ own words)', BLIND49, 0.93],
    // fitted on since its first run (88.1% hybrid, 92.5% lexical-only), taken by accident on the code before its session's refit; no change came from its failures
    ['fiftieth blind (users’ own words)', BLIND50, 0.94],
    // fitted on since its first run (92.2% hybrid, 93.8% lexical-only) measured the end of its session
    ['fifty-first blind (users’ own words)', BLIND51, 0.92],
    // fitted on since its first run (91.3% hybrid, 89.9% lexical-only) measured the code its session started from
    ['fifty-second blind (users’ own words)', BLIND52, 0.92],
    // fitted on since its first run (88.4% hybrid, 91.3% lexical-only) measured the end of its session; one rule came after it (weeks asked), from its failures
    ['fifty-third blind (users’ own words)', BLIND53, 0.89],
    // fitted on since its first run (90.7% hybrid, 89.5% lexical-only) measured the code its session started from
    ['fifty-fourth blind (users’ own words)', BLIND54, 0.95],
    // fitted on since its first run (87.8% hybrid, 87.8% lexical-only) measured the end of its session
    ['fifty-fifth blind (users’ own words)', BLIND55, 0.9],
    // fitted on since its first run (73.2% hybrid, 71.8% lexical-only) measured the code its session started from; the session's first rules came from its failures
    ['fifty-sixth blind (users’ own words)', BLIND56, 0.8],
    // not fitted on: its first run (86.3% hybrid, 84.9% lexical-only) measured its session's final model; one rule came after it (how often), from its failures
    ['fifty-seventh blind (users’ own words)', BLIND57, 0.87],
    // not fitted on: its first run (90.3% hybrid, 90.3% lexical-only) measured the end of its session, and is its bar
    ['fifty-eighth blind (users’ own words)', BLIND58, 0.9],
    // not fitted on: its first run (94.0% hybrid, 92.5% lexical-only) measured the code its session started from, and is its bar
    ['fifty-ninth blind (users’ own words)', BLIND59, 0.94],
    // not fitted on: its first run (94.4% hybrid, 91.5% lexical-only) measured the end of its session, and is its bar
    ['sixtieth blind (users’ own words)', BLIND60, 0.94],
    // not fitted on: its first run (79.5% hybrid, 78.2% lexical-only) measured the code its session started from; 83.3% on that session's final code
    ['sixty-first blind (users’ own words)', BLIND61, 0.83],
    // not fitted on: its first run (95.9% hybrid, 95.9% lexical-only) measured the end of its session, and is its bar
    ['sixty-second blind (users’ own words)', BLIND62, 0.95],
    // not fitted on: its first run (91.5% hybrid, 91.5% lexical-only) measured the code its session started from; 92.7% on that session's final code
    ['sixty-third blind (users’ own words)', BLIND63, 0.91],
    // not fitted on: its first run (89.1% hybrid, 85.9% lexical-only) measured the end of its session, and is its bar
    ['sixty-fourth blind (users’ own words)', BLIND64, 0.87],
    // not fitted on: its first run (93.3% hybrid, 91.3% lexical-only) measured the code its session started from; 100% on that session's final code
    ['sixty-fifth blind (users’ own words)', BLIND65, 0.93],
    // not fitted on: its first run (92.3% hybrid, 87.7% lexical-only) measured the end of its session, and is its bar
    ['sixty-sixth blind (users’ own words)', BLIND66, 0.92],
    // not fitted on: its first run (93.8% hybrid, 91.4% lexical-only) measured the end of its session, and is its bar
    ['sixty-seventh blind (users’ own words)', BLIND67, 0.93],
    // not fitted on: its first run (97.6% hybrid, 96.3% lexical-only) measured the code its session started from, and is its bar
    ['sixty-eighth blind (users’ own words)', BLIND68, 0.97],
    // not fitted on: its first run (94.8% hybrid, 96.1% lexical-only) measured the code of its session's first round, and is its bar
    ['sixty-ninth blind (users’ own words)', BLIND69, 0.94],
    // not fitted on: its first run (91.5% hybrid, 88.7% lexical-only) measured the end of its session, and is its bar
    ['seventieth blind (users’ own words)', BLIND70, 0.91],
    // its first run (95.1% hybrid, 95.1% lexical-only) measured the code its session started from, and is its bar
    ['seventy-first blind (users’ own words)', BLIND71, 0.95],
    // not fitted on: its first run (89.7% hybrid, 87.2% lexical-only) measured the code after the session's first rules, and is its bar
    ['seventy-second blind (users’ own words)', BLIND72, 0.89],
    // not fitted on: its first run (83.1% hybrid, 81.5% lexical-only) measured the end of its session, and is its bar
    ['seventy-third blind (users’ own words)', BLIND73, 0.83],
    // its first run (94.0% hybrid, 92.9% lexical-only) measured the code its session started from, and is its bar
    ['seventy-fourth blind (users’ own words)', BLIND74, 0.94],
    // not fitted on: its first run (94.9% hybrid, 96.2% lexical-only) measured the code after the session's first rules, and is its bar
    ['seventy-fifth blind (users’ own words)', BLIND75, 0.94],
    // its first run (94.9% hybrid, 94.9% lexical-only) measured the session's code before its last rule (瀏覽人次), and is its bar
    ['seventy-sixth blind (users’ own words)', BLIND76, 0.94],
    // not fitted on: its first run (95.8% hybrid, 95.8% lexical-only) measured the end of its session, after blind 76's, and is its bar
    ['seventy-seventh blind (users’ own words)', BLIND77, 0.95],
    // its first run (95.1% hybrid, 93.8% lexical-only) measured the code its session started from, and is its bar
    ['seventy-eighth blind (users’ own words)', BLIND78, 0.95],
    // not fitted on: its first run (90.3% hybrid, 88.9% lexical-only) measured the session's code before its last two rules, and is its bar
    ['seventy-ninth blind (users’ own words)', BLIND79, 0.9],
    // not fitted on: its first run (90.8% hybrid, 87.7% lexical-only) measured the end of its session, after blind 79's, and is its bar
    ['eightieth blind (users’ own words)', BLIND80, 0.9],
  ] as const;
  for (const [name, file, bar] of sets) {
    it(`${name} set: at least ${bar * 100}%, quotes exact and inside their lines`, async () => {
      const { report, failures } = await run(file);
      expect(report.accuracy, failures.join('\n')).toBeGreaterThanOrEqual(bar);
      expect(report.exactQuoteRate).toBe(1);
      expect(report.inLinesRate).toBe(1);
    });
  }
});
