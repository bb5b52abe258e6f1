// npm run search -- [--json] [--k N] "問題": hybrid passage search, the /api/search body with --json.
import { loadConfig } from '../node/config';
import { openIndex } from '../node/store/open';
import { passageSearch } from '../node/services';
import { runCli, UsageError } from './run';

const USAGE = 'Usage: npm run search -- [--json] [--k N] "問題"';

runCli(async () => {
  const args = process.argv.slice(2);
  let json = false;
  let k = 5;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--k') {
      k = Number(args[++i]);
      if (!Number.isInteger(k) || k < 1 || k > 50) throw new UsageError(`--k takes a whole number from 1 to 50. ${USAGE}`);
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}. ${USAGE}`);
    else words.push(a);
  }
  const question = words.join(' ').trim();
  if (!question) throw new UsageError(`Give a question to search for. ${USAGE}`);
  const opened = await openIndex(loadConfig(), { log: (l) => process.stderr.write(`${l}\n`) });
  const results = await passageSearch(opened).search(question, k);
  if (json) {
    process.stdout.write(`${JSON.stringify({ results }, null, 2)}\n`);
    return;
  }
  if (results.length === 0) process.stdout.write('No passage matches.\n');
  results.forEach((r, i) => {
    process.stdout.write(`${i + 1}. [${r.score}] ${r.title} — ${r.section} (lines ${r.lineStart}–${r.lineEnd})\n   ${r.text.replace(/\n/g, ' ')}\n`);
  });
});
