// npm run worker:vectors [-- --out F] [--batch N]: embeds every passage with Workers AI
// (bge-m3) and writes the NDJSON that `wrangler vectorize insert` loads (see README, "The
// Worker"). Needs CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../node/config';
import { exportVectorize } from '../node/vectorize-export';
import { runCli, UsageError } from './run';

const USAGE = 'Usage: CLOUDFLARE_ACCOUNT_ID=… CLOUDFLARE_API_TOKEN=… npm run worker:vectors [-- --out F] [--batch N]';

runCli(async () => {
  let values;
  try {
    values = parseArgs({ options: { out: { type: 'string' }, batch: { type: 'string' } }, strict: true }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}. ${USAGE}`);
  }
  const accountId = process.env['CLOUDFLARE_ACCOUNT_ID'];
  const apiToken = process.env['CLOUDFLARE_API_TOKEN'];
  if (!accountId || !apiToken) throw new UsageError(`Set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN (a token with Workers AI access). ${USAGE}`);
  const batch = Number(values.batch ?? 50);
  if (!Number.isInteger(batch) || batch < 1 || batch > 100) throw new UsageError(`--batch is a whole number from 1 to 100. ${USAGE}`);
  const outPath = resolve(values.out ?? resolve(PROJECT_ROOT, 'index/vectorize.ndjson'));
  const count = await exportVectorize({
    bundlePath: resolve(PROJECT_ROOT, 'index/bundle.json'),
    outPath,
    accountId,
    apiToken,
    apiBase: process.env['CLOUDFLARE_API_BASE'] ?? 'https://api.cloudflare.com/client/v4',
    batch,
    log: (l) => process.stdout.write(`${l}\n`),
  });
  process.stdout.write(`Wrote ${count} passage vectors to ${outPath}. Load them with: npx wrangler vectorize insert report-qa-passages --file=${outPath}\n`);
});
