// Node-only: runs a CLI command; a known failure prints a plain message and exits non-zero,
// never a stack trace.
import { BuildLockedError } from '../node/store/swap';
import { ConfigError } from '../node/config';
import { ModelError } from '../node/embed/model';
import { SeedError } from '../node/seeds';
import { IndexError } from '../node/store/load';
import { EvalFileError } from '../eval/items';
import { SettingsError } from '../server/settings';
import { VectorizeExportError } from '../node/vectorize-export';
import { BundleError } from '../corpus/bundle';

const KNOWN = [ConfigError, SettingsError, ModelError, SeedError, IndexError, BuildLockedError, EvalFileError, VectorizeExportError, BundleError];

export class UsageError extends Error {}

export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      if (err instanceof UsageError || KNOWN.some((k) => err instanceof k)) {
        process.stderr.write(`${(err as Error).message}\n`);
        process.exit(err instanceof UsageError ? 2 : 1);
      }
      process.stderr.write(`Unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
      if (process.env['DEBUG']) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
      process.exit(1);
    },
  );
}
