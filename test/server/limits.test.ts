// Holding under load: a heavy request next to a normal one, a request stopped when its client
// goes, questions shed past the gate with 503 + Retry-After, a foreign Host refused, the
// edges of search (POST, strict k, an over-long URL answered in JSON).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { startServer, type TestServer } from './serve';

let server: TestServer;
let tight: TestServer;
let hosts: TestServer;
let hurried: TestServer;
let queued: TestServer;
let stale: TestServer;
const report = readFileSync(join(ROOT, 'seeds/000_76e9100df38fd9b6.txt'), 'utf8').replace(/\s+/g, '');

beforeAll(async () => {
  server = await startServer();
  tight = await startServer({ maxInflight: 1, maxQueue: 2 });
  hosts = await startServer({ allowedHosts: ['localhost', '127.0.0.1', '[::1]'] });
  hurried = await startServer({ timeoutMs: 100 });
  queued = await startServer({ maxInflight: 1, maxQueue: 16, maxWaitMs: 5_000 });
  // the same, for requests the server was slow to read: each arrived 6 s before the app saw it
  stale = await startServer({ maxInflight: 1, maxQueue: 16, maxWaitMs: 5_000 }, { arrivedAt: () => performance.now() - 6_000 });
});
afterAll(async () => {
  await Promise.all([server?.close(), tight?.close(), hosts?.close(), hurried?.close(), queued?.close(), stale?.close()]);
});

const ask = (base: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });

describe('bounded work', () => {
  it('three asks with a 60 KB history do not hold up /api/health or a normal question', async () => {
    const history = [{ role: 'user', content: report.slice(0, 20_000) }, { role: 'assistant', content: 'x' }];
    const started = performance.now();
    const heavy = [1, 2, 3].map(() => ask(server.url, { question: report.slice(0, 1990) + '多少人？', history }).then((r) => ({ status: r.status, ms: performance.now() - started })));
    const healthStarted = performance.now();
    const health = await fetch(`${server.url}/api/health`);
    const healthMs = performance.now() - healthStarted;
    const normal = await (await ask(server.url, { question: '113年下半年有多少人辦理退休？' })).json() as { answer: string };
    const done = await Promise.all(heavy);
    expect(health.status).toBe(200);
    expect(healthMs).toBeLessThan(1000);
    expect(normal.answer).toContain('776人');
    for (const d of done) {
      expect([200, 503]).toContain(d.status);
      expect(d.ms).toBeLessThan(16_000);
    }
  });
});

describe('a request whose time is up', () => {
  it('is answered 503 on time, its work stopped', async () => {
    const started = performance.now();
    const res = await ask(hurried.url, { question: report.slice(0, 1990) + '多少人？' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('load shedding', () => {
  it('answers what fits and refuses the rest at once with 503 and Retry-After, dropping none', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => ask(tight.url, { question: '113年下半年有多少人辦理退休？' }).then(async (r) => ({ status: r.status, retry: r.headers.get('retry-after'), body: (await r.json()) as { error?: { code: string } } }))));
    const answered = results.filter((r) => r.status === 200);
    const shed = results.filter((r) => r.status === 503);
    expect(answered.length + shed.length).toBe(12);
    expect(answered.length).toBeGreaterThanOrEqual(3);
    expect(shed.length).toBeGreaterThan(0);
    for (const s of shed) {
      expect(s.retry).toBe('1');
      expect(s.body.error?.code).toBe('overloaded');
    }
  });
});

describe('the wait bound', () => {
  it('counts the time a request spent in the server before the app saw it', async () => {
    const burst = (base: string) => Promise.all(Array.from({ length: 6 }, () => ask(base, { question: '113年下半年有多少人辦理退休？' }).then((r) => r.status)));
    // queued within the bound: every one answered in turn
    expect(await burst(queued.url)).toEqual([200, 200, 200, 200, 200, 200]);
    // already past it when they arrive: whatever finds the slot taken is refused, not queued
    const statuses = await burst(stale.url);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
  });
});

describe('Host checks', () => {
  it('refuse a foreign Host (DNS rebinding) and serve the loopback names', async () => {
    const { request } = await import('node:http');
    const get = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const url = new URL(hosts.url);
        const req = request({ host: url.hostname, port: url.port, path: '/api/health', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    const foreign = await get('evil.example:8787');
    expect(foreign.status).toBe(421);
    expect(JSON.parse(foreign.body)).toMatchObject({ error: { code: 'misdirected_request' } });
    expect((await get(`localhost:${new URL(hosts.url).port}`)).status).toBe(200);
    expect((await get(new URL(hosts.url).host)).status).toBe(200);
  });
});

describe('search edges', () => {
  it('takes a long question by POST, reads k strictly, and answers an over-long URL in JSON', async () => {
    const long = report.slice(0, 1500);
    const post = await fetch(`${server.url}/api/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q: long, k: 3 }) });
    expect(post.status).toBe(200);
    expect(((await post.json()) as { results: unknown[] }).results).toHaveLength(3);
    for (const k of ['0x10', '1e1', '5.0', '0', '51']) {
      const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('退休')}&k=${k}`);
      expect(res.status, k).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain('k must be a whole number from 1 to 50');
    }
    const tooLong = await fetch(`${server.url}/api/search?q=${encodeURIComponent(report.slice(0, 6000))}`);
    expect(tooLong.status).toBe(431);
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toContain('POST it as JSON');
  });
});
