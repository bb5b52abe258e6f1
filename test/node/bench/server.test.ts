import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/node/config';
import { SERVER_NODE_FLAGS } from '../../../src/node/bench/server';

describe('the benchmarks’ server', () => {
  it('runs with the Node flags `npm start` runs it with', async () => {
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} --import tsx src/cli/serve.ts`);
  });
});
