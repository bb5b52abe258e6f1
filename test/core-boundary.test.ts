// The runtime-neutral core (tsconfig.core.json: ES2022 + WebWorker, no Node types) type-checks
// on its own — and the same settings reject a `node:` import or Buffer, so the check can fail.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

async function typecheck(project: string): Promise<{ ok: boolean; output: string }> {
  try {
    await run(process.execPath, [TSC, '--noEmit', '-p', project], { cwd: ROOT });
    return { ok: true, output: '' };
  } catch (err) {
    const e = err as { stdout?: string };
    return { ok: false, output: e.stdout ?? '' };
  }
}

describe('the runtime-neutral core', () => {
  it('type-checks without Node', async () => {
    const { ok, output } = await typecheck(join(ROOT, 'tsconfig.core.json'));
    expect(output).toBe('');
    expect(ok).toBe(true);
  });

  it('would fail on a node: import or Buffer', async () => {
    await mkdir(join(ROOT, 'test-output'), { recursive: true });
    const dir = await mkdtemp(join(ROOT, 'test-output/core-probe-'));
    await writeFile(join(dir, 'probe.ts'), "import { readFileSync } from 'node:fs';\nexport const probe = [readFileSync, Buffer.from('x')];\n");
    const core = join(ROOT, 'tsconfig.core.json');
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ extends: core, include: ['probe.ts'] }));
    const { ok, output } = await typecheck(join(dir, 'tsconfig.json'));
    expect(ok).toBe(false);
    expect(output).toContain("Cannot find module 'node:fs'");
    expect(output).toContain("Cannot find name 'Buffer'");
  });
});
