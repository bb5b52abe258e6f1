// The Worker through `wrangler dev --local`: the same answers, citations, web chat, stream
// and errors as the Node server, from the index bundle and jieba-wasm, without Workers AI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorker, type TestWorker } from './wrangler-dev';

let worker: TestWorker;
let firstAskMs = 0;

const ask = (question: string, history: unknown[] = []) =>
  fetch(`${worker.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question, history }) });

beforeAll(async () => {
  worker = await startWorker();
  const started = performance.now();
  await ask('你好');
  firstAskMs = performance.now() - started;
  console.log(`Worker first answer (bundle parsed, dictionary built) ${firstAskMs.toFixed(0)} ms`);
});
afterAll(async () => {
  await worker?.stop();
});

describe('the Worker', () => {
  it('answers with the exact figure and its citation', async () => {
    const res = await ask('113年下半年有多少人辦理退休？');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { answer: string; found: boolean; citations: { docId: string; lineStart: number; lineEnd: number; quote: string }[] };
    expect(body.found).toBe(true);
    expect(body.answer).toContain('776人');
    expect(body.citations[0]).toMatchObject({ docId: '000_76e9100df38fd9b6', lineStart: 490 });
    expect(body.citations[0]?.quote.replace(/\s+/g, '')).toContain('776人');
  });

  it('says when the reports do not hold the answer', async () => {
    const body = (await (await ask('台北市113年的退休人數是多少？')).json()) as { found: boolean; answer: string };
    expect(body.found).toBe(false);
    expect(body.answer).toContain('報告中沒有');
  });

  it('serves the web chat at / and its script', async () => {
    const page = await fetch(`${worker.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="zh-Hant-TW">');
    const script = await fetch(`${worker.url}/app.js`);
    expect(script.status).toBe(200);
  });

  it('streams the answer as server-sent events', async () => {
    const res = await fetch(`${worker.url}/api/ask/stream`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '113年下半年有多少人辦理退休？' }) });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('meta');
    expect(events).toContain('delta');
    expect(events).toContain('citation');
    expect(events.at(-1)).toBe('done');
    expect(text).toContain('776');
  });

  it('refuses a bad request with a 4xx JSON error a person can read', async () => {
    const res = await fetch(`${worker.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '' }) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message.length).toBeGreaterThan(0);
    const wrongType = await fetch(`${worker.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    expect(wrongType.status).toBe(415);
    const missing = await fetch(`${worker.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('reports lexical search without Workers AI, and the same reports', async () => {
    const health = (await (await fetch(`${worker.url}/api/health`)).json()) as { documents: number; embeddings: boolean; model: string | null };
    expect(health).toMatchObject({ documents: 5, embeddings: false, model: null });
    const docs = (await (await fetch(`${worker.url}/api/documents`)).json()) as { documents: unknown[] };
    expect(docs.documents).toHaveLength(5);
  });
});
