// The OpenAI-compatible API with the official `openai` client against the real server on
// 127.0.0.1: plain, streaming, a follow-up, models.list(), API keys, the rate limit, and
// OpenAI-shaped errors.
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../serve';

let open: TestServer;
let keyed: TestServer;
let limited: TestServer;
const RETIREMENT = '113年下半年有多少人辦理退休？';

beforeAll(async () => {
  open = await startServer();
  keyed = await startServer({ apiKeys: ['k-good-1', 'k-good-2'], publicUrl: 'https://qa.example.gov.tw' });
  limited = await startServer({ rateLimitPerMinute: 3 });
});
afterAll(async () => {
  await Promise.all([open?.close(), keyed?.close(), limited?.close()]);
});

const client = (server: TestServer, apiKey = 'unused', maxRetries = 0) => new OpenAI({ baseURL: `${server.url}/v1`, apiKey, maxRetries });

interface Extra {
  citations: { n: number; docId: string; lineStart: number; lineEnd: number; quote: string; url: string }[];
}

describe('POST /v1/chat/completions', () => {
  it('answers plainly with the figure, the 來源 list, url_citation annotations and the citations', async () => {
    const completion = await client(open).chat.completions.create({ model: 'report-qa', messages: [{ role: 'system', content: 'You are helpful.' }, { role: 'user', content: RETIREMENT }], temperature: 0.2, user: 'aide-7' });
    expect(completion.object).toBe('chat.completion');
    const choice = completion.choices[0]!;
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message.content).toContain('776人');
    expect(choice.message.content).toMatch(/\[1\]/);
    expect(choice.message.content).toMatch(/來源：\n\[1\] 高雄市政府人事處業務報告（113年7月至12月）.*第490–494行 http:\/\/127\.0\.0\.1:\d+\/#doc=000_76e9100df38fd9b6&lines=490-494/);
    const annotation = choice.message.annotations?.[0];
    expect(annotation?.type).toBe('url_citation');
    expect(annotation?.url_citation.url).toMatch(/#doc=000_76e9100df38fd9b6&lines=490-494$/);
    const content = choice.message.content ?? '';
    expect(content.slice(annotation!.url_citation.start_index, annotation!.url_citation.end_index)).toBe('[1]');
    const { citations } = completion as unknown as Extra;
    expect(citations[0]).toMatchObject({ n: 1, docId: '000_76e9100df38fd9b6', lineStart: 490 });
    expect(completion.usage).toMatchObject({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
  });

  it('streams chunks: the text, a last content chunk with finish_reason and citations, usage, [DONE]', async () => {
    const stream = await client(open).chat.completions.create({ model: 'report-qa', messages: [{ role: 'user', content: RETIREMENT }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    const finishes: (string | null)[] = [];
    let citations: Extra['citations'] = [];
    let usage: unknown = null;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      for (const c of chunk.choices) {
        text += c.delta.content ?? '';
        finishes.push(c.finish_reason);
      }
      if ((chunk as unknown as Extra).citations) citations = (chunk as unknown as Extra).citations;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toContain('776人');
    expect(text).toContain('來源：');
    expect(finishes.filter(Boolean)).toEqual(['stop']);
    expect(citations[0]).toMatchObject({ docId: '000_76e9100df38fd9b6', lineStart: 490 });
    expect(usage).toMatchObject({ total_tokens: 0 });
  });

  it('keeps the topic in a follow-up, the earlier answer (with its sources) as history', async () => {
    const first = await client(open).chat.completions.create({ model: 'report-qa', messages: [{ role: 'user', content: RETIREMENT }] });
    const follow = await client(open).chat.completions.create({
      model: 'report-qa',
      messages: [
        { role: 'user', content: RETIREMENT },
        { role: 'assistant', content: first.choices[0]!.message.content ?? '' },
        { role: 'user', content: '那106年下半年呢？' },
      ],
    });
    expect(follow.choices[0]!.message.content).toContain('647人');
  });

  it('says 報告中沒有 plainly, as the web chat does', async () => {
    const completion = await client(open).chat.completions.create({ model: 'report-qa', messages: [{ role: 'user', content: '台北市113年的退休人數是多少？' }] });
    expect(completion.choices[0]!.message.content).toContain('報告中沒有');
    expect((completion as unknown as { report_qa: { found: boolean } }).report_qa.found).toBe(false);
  });

  it('refuses another model, an empty conversation and a non-user last turn in OpenAI’s shape', async () => {
    await expect(client(open).chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })).rejects.toMatchObject({ status: 404, code: 'model_not_found' });
    await expect(client(open).chat.completions.create({ model: 'report-qa', messages: [] })).rejects.toMatchObject({ status: 400, type: 'invalid_request_error' });
    await expect(client(open).chat.completions.create({ model: 'report-qa', messages: [{ role: 'assistant', content: 'hello' }] })).rejects.toMatchObject({ status: 400, param: 'messages' });
    const res = await fetch(`${open.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { type: 'invalid_request_error', message: 'The request body is not valid JSON.' } });
  });
});

describe('GET /v1/models', () => {
  it('lists report-qa', async () => {
    const ids: string[] = [];
    for await (const m of client(open).models.list()) ids.push(m.id);
    expect(ids).toEqual(['report-qa']);
    expect((await client(open).models.retrieve('report-qa')).id).toBe('report-qa');
  });
});

describe('API keys', () => {
  it('are required when API_KEYS is set: a wrong or missing key gets 401', async () => {
    await expect(client(keyed, 'k-wrong').chat.completions.create({ model: 'report-qa', messages: [{ role: 'user', content: RETIREMENT }] })).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
    const missing = await fetch(`${keyed.url}/v1/models`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_api_key' } });
  });

  it('let a good key through, and citation links follow PUBLIC_URL', async () => {
    const completion = await client(keyed, 'k-good-2').chat.completions.create({ model: 'report-qa', messages: [{ role: 'user', content: RETIREMENT }] });
    expect((completion as unknown as Extra).citations[0]?.url).toBe('https://qa.example.gov.tw/#doc=000_76e9100df38fd9b6&lines=490-494');
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 4; i++) {
      last = await fetch(`${limited.url}/v1/models`);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.json()).toMatchObject({ error: { code: 'rate_limit_exceeded' } });
    await expect(client(limited).models.list()).rejects.toMatchObject({ status: 429 });
  });
});
