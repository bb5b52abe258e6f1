// npm run index [-- --force]: builds the index when it is missing or stale.
import { loadConfig } from '../node/config';
import { openIndex } from '../node/store/open';
import { runCli, UsageError } from './run';

runCli(async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length > 0) throw new UsageError(`Unknown option ${unknown[0]}. Usage: npm run index [-- --force]`);
  const config = loadConfig();
  const opened = await openIndex(config, { force: args.includes('--force'), log: (l) => process.stdout.write(`${l}\n`) });
  const m = opened.index.manifest;
  process.stdout.write(
    `Index ready in ${opened.index.dir}: ${m.documents} documents, ${m.passages} passages, ` +
      `model ${m.model?.id ?? 'none (lexical only)'}, script ${m.script}, built ${m.builtAt}.\n`,
  );
});
