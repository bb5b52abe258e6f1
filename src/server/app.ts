// The HTTP API (Hono). Runtime-neutral: the same app serves Node and, later, the Worker;
// the answer engine, search, documents and static files are handed in.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { streamSSE } from 'hono/streaming';
import { timeout } from 'hono/timeout';
import type { AnswerEngine } from '../answer/engine';
import type { PassageSearch } from '../retrieve/search';
import type { DocumentRecord } from '../corpus/documents';
import { apiError, describeZodError } from './errors';
import {
  AskRequestSchema,
  AskResponseSchema,
  DocIdParamSchema,
  DocumentListSchema,
  DocumentSchema,
  ErrorSchema,
  HealthSchema,
  SearchQuerySchema,
  SearchResponseSchema,
} from './schemas';

export interface AccessLogEntry {
  time: string;
  requestId: string;
  method: string;
  path: string;
  status: number;
  ms: number;
}

export interface Services {
  engine: AnswerEngine;
  search: PassageSearch;
  documents: DocumentRecord[];
  health: { documents: number; passages: number; model: string | null; embeddings: boolean };
  /** one structured line per request */
  log?: (entry: AccessLogEntry) => void;
  /** serves the chat page and its assets (the runtime's own static handler) */
  assets?: MiddlewareHandler;
}

export interface AppOptions {
  /** largest request body, bytes */
  bodyLimit?: number;
  /** longest a request may take, ms */
  timeoutMs?: number;
  /** origins allowed to call the API from a browser; none by default */
  corsOrigins?: string[];
}

export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
const errorResponses = {
  400: json(ErrorSchema, 'The request is not valid; the message says why.'),
  413: json(ErrorSchema, 'The request body is too large.'),
  415: json(ErrorSchema, 'The request body is not JSON.'),
};

const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Answer a question from the reports, with exact quotes and citations',
  request: { body: { content: { 'application/json': { schema: AskRequestSchema } }, required: true } },
  responses: { 200: json(AskResponseSchema, 'The answer; found is false when the reports do not hold it.'), ...errorResponses },
});

const askStreamRoute = createRoute({
  method: 'post',
  path: '/api/ask/stream',
  summary: 'The same answer as server-sent events: meta, delta, citation, done (or error)',
  request: { body: { content: { 'application/json': { schema: AskRequestSchema } }, required: true } },
  responses: { 200: { content: { 'text/event-stream': { schema: { type: 'string' } } }, description: 'An event stream.' }, ...errorResponses },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Passages for a question, hybrid lexical and dense search',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResponseSchema, 'The best passages, best first.'), 400: errorResponses[400] },
});

const documentsRoute = createRoute({
  method: 'get',
  path: '/api/documents',
  summary: 'The reports',
  responses: { 200: json(DocumentListSchema, 'Every report with its title and period.') },
});

const documentRoute = createRoute({
  method: 'get',
  path: '/api/documents/{docId}',
  summary: 'One report with its lines, for checking a citation',
  request: { params: DocIdParamSchema },
  responses: { 200: json(DocumentSchema, 'The report.'), 404: json(ErrorSchema, 'No report has this id.') },
});

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the service is up, and what it answers from',
  responses: { 200: json(HealthSchema, 'The service is up.') },
});

function summary(d: DocumentRecord) {
  return { docId: d.docId, title: d.title, agency: d.agency, kind: d.kind, period: d.period, lineCount: d.lines.length };
}

/** Splits an answer into pieces for streaming: a line at a time, long lines in parts. */
export function answerChunks(answer: string): string[] {
  return answer.match(/[^\n]{1,40}\n?|\n/g) ?? [];
}

export function createApp(services: Services, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(apiError('invalid_request', describeZodError(result.error)), 400);
      return undefined;
    },
  });
  const byId = new Map(services.documents.map((d) => [d.docId, d]));

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    services.log?.({
      time: new Date().toISOString(),
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('/api/*', cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], exposeHeaders: ['X-Request-Id'] }));
  }
  app.use('/api/*', timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => new HTTPException(503, { message: 'timeout' })));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
      onError: (c) => {
        // the rest of the body is not read: the connection cannot be reused
        c.header('Connection', 'close');
        return c.json(apiError('payload_too_large', `The request body is larger than ${Math.round((options.bodyLimit ?? DEFAULT_BODY_LIMIT) / 1024)} KB.`), 413);
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'POST' && !/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
      return c.json(apiError('unsupported_media_type', 'Send the request body as JSON with the header Content-Type: application/json.'), 415);
    }
    return next();
  });

  app.openapi(askRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await services.engine.ask(body.question, body.history ?? [], { topK: body.topK });
    return c.json(result, 200);
  });

  app.openapi(askStreamRoute, async (c) => {
    const body = c.req.valid('json');
    return streamSSE(c, async (stream) => {
      try {
        const result = await services.engine.ask(body.question, body.history ?? [], { topK: body.topK });
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ found: result.found, kind: result.kind, citations: result.citations.length, requestId: c.get('requestId') }) });
        for (const piece of answerChunks(result.answer)) await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) });
        for (const citation of result.citations) await stream.writeSSE({ event: 'citation', data: JSON.stringify(citation) });
        await stream.writeSSE({ event: 'done', data: JSON.stringify({ found: result.found, kind: result.kind, tookMs: result.tookMs }) });
      } catch {
        await stream.writeSSE({ event: 'error', data: JSON.stringify(apiError('internal', 'The answer could not be built. Please try again.')) });
      }
    }) as never;
  });

  app.openapi(searchRoute, async (c) => {
    const { q, k } = c.req.valid('query');
    return c.json({ results: await services.search.search(q, k ?? 5) }, 200);
  });

  app.openapi(documentsRoute, (c) => c.json({ documents: services.documents.map(summary) }, 200));

  app.openapi(documentRoute, (c) => {
    const d = byId.get(c.req.valid('param').docId);
    if (!d) return c.json(apiError('not_found', 'There is no report with this id. GET /api/documents lists them.'), 404);
    return c.json({ ...summary(d), lines: d.lines }, 200);
  });

  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, ...services.health }, 200));

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'report-qa', version: '1.0.0', description: 'Answers from the Kaohsiung City Government reports, with exact quotes and citations.' },
  });

  if (services.assets) app.use('/*', services.assets);

  app.notFound((c) =>
    c.json(apiError('not_found', `Nothing at ${c.req.method} ${c.req.path}. The API is under /api (see /openapi.json).`), 404),
  );
  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      if (err.status === 503) return c.json(apiError('timeout', 'The request took too long. Please try again.'), 503);
      if (err.status === 400) return c.json(apiError('invalid_json', 'The request body is not valid JSON.'), 400);
      return c.json(apiError('http_error', err.message || 'The request could not be handled.'), err.status);
    }
    return c.json(apiError('internal', 'Something went wrong on our side. Please try again.'), 500);
  });
  return app;
}
