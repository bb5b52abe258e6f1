// npm run ask -- [--json] "問題": the answer and its citations (--json: the /api/ask body).
import { loadConfig } from '../node/config';
import { createServices } from '../node/services';
import { openIndex } from '../node/store/open';
import { runCli, UsageError } from './run';

runCli(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) throw new UsageError(`Unknown option ${unknown}. Usage: npm run ask -- [--json] "問題"`);
  const question = args.filter((a) => a !== '--json').join(' ').trim();
  if (!question) throw new UsageError('Give a question. Usage: npm run ask -- [--json] "問題"');
  const opened = await openIndex(loadConfig(), { log: (l) => process.stderr.write(`${l}\n`) });
  const result = await createServices(opened).engine.ask(question);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${result.answer}\n`);
  for (const c of result.citations) {
    process.stdout.write(`\n[${c.n}] ${c.title} · ${c.section} · lines ${c.lineStart}–${c.lineEnd}\n    「${c.quote}」\n`);
  }
  if (!result.found) process.stdout.write('\n(found: false — the reports do not hold this)\n');
});
