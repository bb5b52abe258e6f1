// npm run eval [-- --file F] [--mode hybrid|lexical|dense]: answers an evaluation file
// through the API and scores it as DESIGN.md says — accuracy (by question type), exact-quote
// rate, quotes inside their cited lines, latency, and the two error rates (「報告中沒有」 for a
// question the reports answer; an answer to one they do not) — and lists every failure.
// --mode lexical answers without the embeddings (as EMBEDDINGS=off), dense with dense retrieval only.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { evaluate } from '../eval/run';
import { createApp } from '../server/app';
import { RETRIEVAL_MODES, type RetrievalMode } from '../retrieve/search';
import { createServices } from '../node/services';
import { openIndex } from '../node/store/open';
import { runCli, UsageError } from './run';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

runCli(async () => {
  const args = process.argv.slice(2);
  let file = resolve(PROJECT_ROOT, '../shared/eval/public.jsonl');
  let mode: RetrievalMode = 'hybrid';
  const usage = `Usage: npm run eval -- [--file F] [--mode ${RETRIEVAL_MODES.join('|')}]`;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--file') file = resolve(args[++i] ?? '');
    else if (args[i] === '--mode') {
      const m = args[++i] as RetrievalMode;
      if (!RETRIEVAL_MODES.includes(m)) throw new UsageError(`--mode is one of ${RETRIEVAL_MODES.join(', ')}. ${usage}`);
      mode = m;
    } else throw new UsageError(`Unknown option ${args[i]}. ${usage}`);
  }
  if (!existsSync(file)) throw new UsageError(`The evaluation file ${file} does not exist. Give one with --file.`);
  const items = await readEvalFile(file);
  const opened = await openIndex(loadConfig(), { log: (l) => process.stderr.write(`${l}\n`) });
  const services = createServices(opened, { mode });
  const report = await evaluate(createApp(services), items, services.documents);

  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`${file}: ${items.length} questions, ${services.search.mode} search`);
  for (const [type, t] of Object.entries(report.byType)) out(`  ${type.padEnd(9)} ${t.pass}/${t.total} (${pct(t.pass / t.total)})`);
  for (const r of report.results.filter((x) => !x.pass)) {
    out(`FAIL ${r.item.id} [${r.item.type}] ${r.item.history ? `${r.item.history.join(' → ')} → ` : ''}${r.item.question}`);
    out(`     expected ${JSON.stringify(r.item.must)} in ${r.item.docs.join(', ') || '(found: false)'}`);
    out(`     answer (found: ${r.body.found}): ${r.body.answer.replace(/\n/g, ' ⏎ ')}`);
  }
  out(`latency p50 ${report.p50.toFixed(1)} ms · p95 ${report.p95.toFixed(1)} ms`);
  out(`exact quotes ${pct(report.exactQuoteRate)} · quotes inside their cited lines ${pct(report.inLinesRate)} (${report.quotes} quotes)`);
  const answerable = report.results.filter((r) => r.item.type !== 'none');
  const unanswerable = report.results.filter((r) => r.item.type === 'none');
  const falseNotFound = answerable.filter((r) => !r.body.found).length;
  const falseFound = unanswerable.filter((r) => r.body.found).length;
  out(`false not-found ${falseNotFound}/${answerable.length} (${pct(falseNotFound / Math.max(1, answerable.length))}) · false found ${falseFound}/${unanswerable.length} (${pct(falseFound / Math.max(1, unanswerable.length))})`);
  out(`accuracy ${pct(report.accuracy)} (${report.results.filter((r) => r.pass).length}/${report.results.length})`);
});
