// npm run eval:search [-- --file F] [--mode hybrid|lexical|dense]: retrieval quality on an
// evaluation file — figure recall@5 (every expected figure in a top-5 passage of a right
// report), recall@1 and MRR (first passage of a right report holding an expected figure).
import { resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../config';
import { holdsFigure } from '../eval/figures';
import { readEvalFile } from '../eval/items';
import { EvalFileError } from '../eval/items';
import { prepareQuestion } from '../retrieve/question';
import type { Hit } from '../store/lexical';
import { openIndex, passageSearch } from '../store/open';
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
  const items = (await readEvalFile(file).catch((e: unknown) => {
    throw e instanceof EvalFileError ? e : new EvalFileError(String(e));
  })).filter((it) => it.type !== 'none');
  const opened = await openIndex(loadConfig(), { readOnly: true });
  const search = passageSearch(opened);
  let recall5 = 0;
  let recall1 = 0;
  let mrr = 0;
  const misses: string[] = [];
  for (const it of items) {
    const text = prepareQuestion([...(it.history ?? []), it.question].join(' ')).text;
    const hits = await search.hits(text);
    const list: Hit[] = mode === 'hybrid' ? hits.fused : mode === 'lexical' ? hits.lexical : hits.dense;
    const ranked = list.slice(0, 10).flatMap((h) => {
      const p = search.byId.get(h.id);
      return p ? [p] : [];
    });
    const right = (p: { docId: string }): boolean => it.docs.includes(p.docId);
    const top5 = ranked.slice(0, 5).filter(right);
    const all = it.must.every((m) => top5.some((p) => holdsFigure(p.text, m)));
    if (all) recall5++;
    else misses.push(`${it.id} ${it.question}`);
    const first = ranked.findIndex((p) => right(p) && it.must.some((m) => holdsFigure(p.text, m)));
    if (first === 0) recall1++;
    if (first >= 0) mrr += 1 / (first + 1);
  }
  const pct = (n: number): string => `${((100 * n) / items.length).toFixed(1)}%`;
  process.stdout.write(`mode ${mode}, script ${opened.script}, ${items.length} questions (none-type excluded)\n`);
  process.stdout.write(`figure recall@5 ${pct(recall5)} · recall@1 ${pct(recall1)} · MRR ${(mrr / items.length).toFixed(3)}\n`);
  for (const m of misses) process.stdout.write(`  miss: ${m}\n`);
});
