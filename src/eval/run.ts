// Runs an evaluation file through the HTTP API — the Hono app in process, or a running
// server or Worker — each item's history replayed turn by turn, then its question; scored by score.ts.
import type { ChatTurn } from '../answer/engine';
import type { DocumentRecord } from '../corpus/documents';
import type { EvalItem } from './items';
import { checkQuote, passes, type AnswerBody } from './score';
import { percentile } from './stats';

export interface ItemResult {
  item: EvalItem;
  body: AnswerBody;
  pass: boolean;
  ms: number;
}

export interface EvalReport {
  results: ItemResult[];
  accuracy: number;
  byType: Record<string, { pass: number; total: number }>;
  quotes: number;
  exactQuoteRate: number;
  inLinesRate: number;
  p50: number;
  p95: number;
}

/** What answers the API: the app itself (app.request) or a base URL's fetch. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/** The API of a running server or Worker. */
export function remote(base: string): Requester {
  return { request: (path, init) => fetch(new URL(path, base), init) };
}

async function askApi(app: Requester, question: string, history: ChatTurn[]): Promise<AnswerBody> {
  const res = await app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, history }),
  });
  if (res.status !== 200) throw new Error(`/api/ask answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as AnswerBody;
}

/** Every report's lines, as the API serves them (GET /api/documents/{docId}). */
export async function documentsOf(app: Requester): Promise<Pick<DocumentRecord, 'docId' | 'lines'>[]> {
  const list = (await (await app.request('/api/documents')).json()) as { documents: { docId: string }[] };
  return Promise.all(list.documents.map(async (d) => ({ docId: d.docId, lines: ((await (await app.request(`/api/documents/${d.docId}`)).json()) as { lines: string[] }).lines })));
}

export async function evaluate(app: Requester, items: EvalItem[], documents: Pick<DocumentRecord, 'docId' | 'lines'>[]): Promise<EvalReport> {
  const lines = new Map(documents.map((d) => [d.docId, d.lines]));
  const results: ItemResult[] = [];
  for (const item of items) {
    const history: ChatTurn[] = [];
    for (const turn of item.history ?? []) {
      const earlier = await askApi(app, turn, history);
      history.push({ role: 'user', content: turn }, { role: 'assistant', content: earlier.answer });
    }
    const started = performance.now();
    const body = await askApi(app, item.question, history);
    results.push({ item, body, pass: passes(item, body), ms: performance.now() - started });
  }
  const byType: Record<string, { pass: number; total: number }> = {};
  for (const r of results) {
    const t = (byType[r.item.type] ??= { pass: 0, total: 0 });
    t.total++;
    if (r.pass) t.pass++;
  }
  const checks = results.flatMap((r) => r.body.citations.map((c) => checkQuote(c, lines.get(c.docId))));
  const times = results.map((r) => r.ms);
  return {
    results,
    accuracy: results.filter((r) => r.pass).length / Math.max(1, results.length),
    byType,
    quotes: checks.length,
    exactQuoteRate: checks.filter((c) => c.exact).length / Math.max(1, checks.length),
    inLinesRate: checks.filter((c) => c.inLines).length / Math.max(1, checks.length),
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
  };
}
