import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/node/config';
import { createApp } from '../../src/server/app';
import { createServices } from '../../src/node/services';
import { openIndex } from '../../src/node/store/open';
import { ROOT } from '../helpers';

let services: ReturnType<typeof createServices>;
let indexDir: string;
beforeAll(async () => {
  indexDir = join(await mkdtemp(join(tmpdir(), 'report-qa-hard-')), 'index');
  services = createServices(await openIndex({ ...loadConfig(), indexDir }));
});

const askRequest = (origin?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
  body: JSON.stringify({ question: '113年下半年辦理退休的有多少人？' }),
});

describe('hardening', () => {
  it('ends a request that takes too long with a 503 JSON error', async () => {
    const res = await createApp(services, { timeoutMs: 1 }).request('/api/ask', askRequest());
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { code: 'timeout', message: 'The request took too long. Please try again.' } });
  });

  it('allows browser calls only from the configured origins', async () => {
    const app = createApp(services, { corsOrigins: ['https://intranet.example'] });
    const allowed = await app.request('/api/ask', askRequest('https://intranet.example'));
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    const other = await app.request('/api/ask', askRequest('https://elsewhere.example'));
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const closed = await createApp(services).request('/api/ask', askRequest('https://intranet.example'));
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stops on SIGTERM after finishing, and exits cleanly', async () => {
    const port = await new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => done(p));
      });
    });
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/serve.ts')], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), INDEX_DIR: indexDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    for (let i = 0; i < 300; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const answer = await fetch(`http://127.0.0.1:${port}/api/ask`, askRequest());
    expect(answer.status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
