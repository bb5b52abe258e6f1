// npm run eval:search [-- --file F] [--mode hybrid|lexical|dense]: retrieval quality on an
// evaluation file — figure recall@5 (every expected figure in a top-5 passage of a right
// report), recall@1 and MRR (first passage of a right report holding an expected figure).
import { resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { figureRecall } from '../eval/recall';
import { prepareQuestion } from '../retrieve/question';
import { openIndex } from '../node/store/open';
import { passageSearch } from '../node/services';
import { runCli, UsageError } from './run';

const MODES = ['hybrid', 'lexical', 'dense'] as const;

runCli(async () => {
  const args = process.argv.slice(2);
  let file = resolve(PROJECT_ROOT, '../shared/eval/public.jsonl');
  let mode: (typeof MODES)[number] = 'hybrid';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--file') file = resolve(args[++i] ?? '');
    else if (args[i] === '--mode') {
      const m = args[++i] as (typeof MODES)[number];
      if (!MODES.includes(m)) throw new UsageError(`--mode is one of ${MODES.join(', ')}`);
      mode = m;
    } else throw new UsageError(`Unknown option ${args[i]}. Usage: npm run eval:search -- [--file F] [--mode hybrid|lexical|dense]`);
  }
  const items = await readEvalFile(file);
  const opened = await openIndex(loadConfig(), { readOnly: true });
  const search = passageSearch(opened);
  const report = await figureRecall(items, async (it) => {
    const text = prepareQuestion([...(it.history ?? []), it.question].join(' ')).text;
    const hits = await search.hits(text, await search.queryVector(text));
    const list = mode === 'hybrid' ? hits.fused : mode === 'lexical' ? hits.lexical : hits.dense;
    return list.flatMap((h) => search.byId.get(h.id) ?? []);
  });
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  process.stdout.write(`mode ${mode}, script ${opened.script}, ${report.questions} questions (none-type excluded)\n`);
  process.stdout.write(`figure recall@5 ${pct(report.recallAt5)} · recall@1 ${pct(report.recallAt1)} · MRR ${report.mrr.toFixed(3)}\n`);
  for (const m of report.misses) process.stdout.write(`  miss: ${m.id} ${m.question}\n`);
});
