// npm run eval [-- --file F] [--mode hybrid|lexical|dense] [--base URL]: answers an evaluation file
// through the API and scores it as DESIGN.md says — accuracy (by question type), exact-quote
// rate, quotes inside their cited lines, latency, and the two error rates (「報告中沒有」 for a
// question the reports answer; an answer to one they do not) — and lists every failure.
// --mode lexical answers without the embeddings (as EMBEDDINGS=off), dense with dense retrieval only;
// --base asks a running server or Worker instead (npm start, npm run worker:dev).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { documentsOf, evaluate, remote } from '../eval/run';
import { createApp } from '../server/app';
import { RETRIEVAL_MODES, type RetrievalMode } from '../retrieve/search';
import { createServices } from '../node/services';
import { openIndex } from '../node/store/open';
import { runCli, UsageError } from './run';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

runCli(async () => {
  const usage = `Usage: npm run eval -- [--file F] [--mode ${RETRIEVAL_MODES.join('|')}] [--base URL]`;
  let args;
  try {
    args = parseArgs({ options: { file: { type: 'string' }, mode: { type: 'string' }, base: { type: 'string' } }, strict: true }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}. ${usage}`);
  }
  const file = resolve(args.file ?? resolve(PROJECT_ROOT, '../shared/eval/public.jsonl'));
  const mode = (args.mode ?? 'hybrid') as RetrievalMode;
  if (!RETRIEVAL_MODES.includes(mode)) throw new UsageError(`--mode is one of ${RETRIEVAL_MODES.join(', ')}. ${usage}`);
  if (args.base && args.mode) throw new UsageError(`--mode is the server's own with --base. ${usage}`);
  if (args.base && !URL.canParse(args.base)) throw new UsageError(`--base must be a URL such as http://127.0.0.1:8787. ${usage}`);
  if (!existsSync(file)) throw new UsageError(`The evaluation file ${file} does not exist. Give one with --file.`);
  const items = await readEvalFile(file);
  let report;
  let searchMode: string;
  if (args.base) {
    const api = remote(args.base);
    const health = (await (await api.request('/api/health')).json()) as { embeddings: boolean };
    searchMode = `${health.embeddings ? 'hybrid' : 'lexical'} search at ${args.base}`;
    report = await evaluate(api, items, await documentsOf(api));
  } else {
    const opened = await openIndex(loadConfig(), { log: (l) => process.stderr.write(`${l}\n`) });
    const services = createServices(opened, { mode });
    searchMode = `${services.search.mode} search`;
    report = await evaluate(createApp(services), items, services.documents);
  }

  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  out(`${file}: ${items.length} questions, ${searchMode}`);
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
