import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskResponseSchema, DocumentSchema, HealthSchema, SearchResponseSchema } from '../../src/server/schemas';
import { startServer, type TestServer } from './serve';

let server: TestServer;
beforeAll(async () => {
  // a wait bound a busy machine does not reach, and a queue that holds all 40 concurrent questions
  // (4 at work + 32 waiting by default: the last 4 were refused whenever none had finished before
  // they arrived): shedding is tested on its own (limits.test.ts)
  server = await startServer({ timeoutMs: 15_000, maxWaitMs: 10_000, maxQueue: 64 });
});
afterAll(async () => {
  await server?.close();
});

const post = (path: string, body: string, contentType = 'application/json') =>
  fetch(server.url + path, { method: 'POST', headers: { 'content-type': contentType }, body });
const ask = (body: unknown) => post('/api/ask', JSON.stringify(body));

async function expectError(res: Response, status: number, code: string, message: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message);
  expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
}

describe('POST /api/ask', () => {
  it('answers with exact quotes and citations, per the contract', async () => {
    const res = await ask({ question: '防疫關懷包本期共發放了多少份？' });
    expect(res.status).toBe(200);
    const body = AskResponseSchema.parse(await res.json());
    expect(body.found).toBe(true);
    expect(body.answer).toContain('190,840');
    expect(body.citations[0]).toMatchObject({ n: 1, docId: '004_e0ca4ade5434b8aa' });
    expect(body.citations[0]?.quote.replace(/\s/g, '')).toContain('190,840份');
  });

  it('follows a conversation sent as history', async () => {
    const first = AskResponseSchema.parse(await (await ask({ question: '106年下半年各機關外補多少人？' })).json());
    const res = await ask({
      question: '那113年下半年呢？',
      history: [
        { role: 'user', content: '106年下半年各機關外補多少人？' },
        { role: 'assistant', content: first.answer },
      ],
    });
    const body = AskResponseSchema.parse(await res.json());
    expect(body.answer).toContain('345人');
  });

  it('says plainly when the reports do not hold the answer', async () => {
    const body = AskResponseSchema.parse(await (await ask({ question: '臺南市政府113年的員工人數是多少？' })).json());
    expect(body.found).toBe(false);
    expect(body.kind).toBe('not_found');
    expect(body.answer).toMatch(/^報告中沒有/);
  });

  it('says what kind of answer it is: an answer, a partial one, guidance, a list', async () => {
    const kind = async (question: string) => AskResponseSchema.parse(await (await ask({ question })).json());
    expect((await kind('防疫關懷包本期共發放了多少份？')).kind).toBe('answer');
    const partial = await kind('防疫關懷包本期共發放了多少份？市長記者會辦了幾場？');
    expect(partial.kind).toBe('partial');
    expect(partial.answer).toContain('190,840份');
    expect(partial.answer).toMatch(/市長記者會.*報告中沒有這項資料/);
    expect((await kind('你好')).kind).toBe('guidance');
    const summary = await kind('幫我整理行政暨國際處的業務報告');
    expect(summary.kind).toBe('list');
    expect(summary.citations.length).toBeGreaterThanOrEqual(3);
    expect(summary.citations.every((c) => c.docId === '004_e0ca4ade5434b8aa')).toBe(true);
  });

  it('answers 40 concurrent questions', async () => {
    const questions = ['113年下半年辦理退休的有多少人？', '106年原住民進用比例是多少？', '本期消費者服務中心提供諮詢多少件？', '104年WebITR導入多少個機關？'];
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => ask({ question: questions[i % questions.length] })));
    expect(results.map((r) => r.status)).toEqual(new Array(40).fill(200));
    const bodies = await Promise.all(results.map(async (r) => AskResponseSchema.parse(await r.json())));
    expect(bodies.every((b) => b.citations.length > 0)).toBe(true);
  });
});

describe('bad input gets a clear 4xx JSON error and the server keeps serving', () => {
  it('malformed JSON', async () => expectError(await post('/api/ask', '{"question": "退休'), 400, 'invalid_json', /not valid JSON/));
  it('missing question', async () => expectError(await ask({ history: [] }), 400, 'invalid_request', /question is missing/));
  it('empty question', async () => expectError(await ask({ question: '   ' }), 400, 'invalid_request', /question is empty/));
  it('wrong types', async () => {
    await expectError(await ask({ question: 123 }), 400, 'invalid_request', /question must be text/);
    await expectError(await ask({ question: '退休人數', history: 'x' }), 400, 'invalid_request', /history must be a list/);
    await expectError(await ask({ question: '退休人數', topK: '5' }), 400, 'invalid_request', /topK must be a whole number/);
    await expectError(await post('/api/ask', '["退休人數"]'), 400, 'invalid_request', /JSON object/);
  });
  it('a 5,000-character question', async () => expectError(await ask({ question: '退'.repeat(5000) }), 400, 'invalid_request', /too long/));
  it('an out-of-range topK', async () => {
    await expectError(await ask({ question: '退休人數', topK: 0 }), 400, 'invalid_request', /topK/);
    await expectError(await ask({ question: '退休人數', topK: 21 }), 400, 'invalid_request', /topK/);
  });
  it('a 3 MB body', async () => expectError(await ask({ question: '退休', pad: 'x'.repeat(3 * 1024 * 1024) }), 413, 'payload_too_large', /larger than/));
  it('a form body', async () => expectError(await post('/api/ask', 'question=%E9%80%80%E4%BC%91', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type', /Content-Type: application\/json/));
  it('an unknown path and an unknown document', async () => {
    await expectError(await fetch(`${server.url}/api/nothing`), 404, 'not_found', /\/api/);
    await expectError(await fetch(`${server.url}/api/documents/nope`), 404, 'not_found', /no report/);
  });
  it('a bad search', async () => {
    await expectError(await fetch(`${server.url}/api/search`), 400, 'invalid_request', /search text/);
    await expectError(await fetch(`${server.url}/api/search?q=退休&k=500`), 400, 'invalid_request', /k must be/);
  });
  it('and still serves afterwards', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe('other routes', () => {
  it('GET /api/search returns passages per the contract', async () => {
    const res = await fetch(`${server.url}/api/search?q=${encodeURIComponent('身心障礙人員進用比例')}&k=3`);
    const body = SearchResponseSchema.parse(await res.json());
    expect(body.results).toHaveLength(3);
    expect(Object.keys(body.results[0] ?? {})).toEqual(['id', 'docId', 'title', 'section', 'lineStart', 'lineEnd', 'text', 'score']);
  });

  it('GET /api/documents and /api/documents/:docId give the reports and their lines', async () => {
    const list = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: { docId: string }[] };
    expect(list.documents).toHaveLength(5);
    const doc = DocumentSchema.parse(await (await fetch(`${server.url}/api/documents/${list.documents[0]?.docId}`)).json());
    expect(doc.lines.length).toBe(doc.lineCount);
    expect(doc.period.label).toBeTruthy();
  });

  it('GET /api/health reports documents, passages, model and embeddings', async () => {
    const health = HealthSchema.parse(await (await fetch(`${server.url}/api/health`)).json());
    expect(health).toMatchObject({ status: 'ok', documents: 5, model: 'Xenova/bge-small-zh-v1.5', embeddings: true });
    expect(health.passages).toBeGreaterThan(200);
  });

  it('POST /api/ask/stream streams meta, deltas, citations and done: the same answer', async () => {
    const question = '113年下半年辦理退休的有多少人？';
    const plain = AskResponseSchema.parse(await (await ask({ question })).json());
    const res = await post('/api/ask/stream', JSON.stringify({ question }));
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await res.text())
      .split('\n\n')
      .filter(Boolean)
      .map((block) => ({ event: block.match(/^event: (.*)$/m)?.[1], data: JSON.parse(block.match(/^data: (.*)$/m)?.[1] ?? 'null') }));
    expect(events[0]).toMatchObject({ event: 'meta', data: { found: true, kind: 'answer' } });
    expect(events.filter((e) => e.event === 'delta').map((e) => e.data.text).join('')).toBe(plain.answer);
    expect(events.filter((e) => e.event === 'citation').map((e) => e.data)).toEqual(plain.citations);
    expect(events[events.length - 1]).toMatchObject({ event: 'done', data: { found: true, kind: 'answer' } });
  });

  it('GET /openapi.json is generated from the schemas', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/ask', '/api/ask/stream', '/api/search', '/api/documents', '/api/documents/{docId}', '/api/health']));
    expect(JSON.stringify(doc)).toContain('"not_found"');
  });

  it('sends a request id and security headers, and logs each request', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const id = res.headers.get('x-request-id');
    expect(id).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(server.log.some((e) => e.requestId === id && e.path === '/api/health' && e.status === 200)).toBe(true);
  });
});
