// The HTTP API (Hono). Runtime-neutral: the same app serves Node and, later, the Worker;
// the answer engine, search, documents and static files are handed in.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { rateLimiter } from 'hono-rate-limiter';
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
import type { BotContext } from './bots/context';
import { withLinks } from './bots/links';
import { lineRoutes } from './bots/line';
import { mattermostRoutes } from './bots/mattermost';
import { MODEL_ID, openaiError, openaiRoutes } from './bots/openai';
import { SLACK_OPTIONS, slackRoutes } from './bots/slack';
import { Gate } from './gate';
import { allowHosts } from './hosts';
import { tableOfContents } from './toc';
import { DEFAULT_BODY_LIMIT, DEFAULT_MAX_INFLIGHT, DEFAULT_MAX_QUEUE, DEFAULT_MAX_WAIT_MS, DEFAULT_RATE_LIMIT, DEFAULT_TIMEOUT_MS, type AppOptions } from './settings';
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
  SearchRequestSchema,
  TocSchema,
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
  /** the client's address, for the rate limit without API keys (the runtime knows it) */
  clientAddress?: (c: Context) => string;
  /** when the request reached the server (performance.now()), where the runtime knows it earlier than the app */
  arrivedAt?: (c: Context) => number | undefined;
  /** how long a Slack command waits for its answer before acknowledging */
  slackAckMs?: number;
}

const json = <T>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });
/** A required JSON request body of this schema. */
const jsonBody = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });
const errorResponses = {
  400: json(ErrorSchema, 'The request is not valid; the message says why.'),
  413: json(ErrorSchema, 'The request body is too large.'),
  415: json(ErrorSchema, 'The request body is not JSON.'),
};

const askRoute = createRoute({
  method: 'post',
  path: '/api/ask',
  summary: 'Answer a question from the reports, with exact quotes and citations',
  request: jsonBody(AskRequestSchema),
  responses: { 200: json(AskResponseSchema, 'The answer; found is false when the reports do not hold it.'), ...errorResponses },
});

const askStreamRoute = createRoute({
  method: 'post',
  path: '/api/ask/stream',
  summary: 'The same answer as server-sent events: meta, delta, citation, done (or error)',
  request: jsonBody(AskRequestSchema),
  responses: { 200: { content: { 'text/event-stream': { schema: { type: 'string' } } }, description: 'An event stream.' }, ...errorResponses },
});

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Passages for a question, hybrid lexical and dense search',
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResponseSchema, 'The best passages, best first.'), 400: errorResponses[400] },
});

const searchPostRoute = createRoute({
  method: 'post',
  path: '/api/search',
  summary: 'The same search with the question in a JSON body (for questions too long for a URL)',
  request: jsonBody(SearchRequestSchema),
  responses: { 200: json(SearchResponseSchema, 'The best passages, best first.'), ...errorResponses },
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

const tocRoute = createRoute({
  method: 'get',
  path: '/api/documents/{docId}/toc',
  summary: 'A report’s table of contents: its headings with their lines',
  request: { params: DocIdParamSchema },
  responses: { 200: json(TocSchema, 'The headings, in the report’s order.'), 404: json(ErrorSchema, 'No report has this id.') },
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

/** Work stopped by its AbortSignal (timeout, or the client gone). */
const stoppedWork = (err: unknown): boolean => err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError');

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
  const bodyMax = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const apiKeys = options.apiKeys ?? [];
  const linkBase = (c: Context): string => options.publicUrl ?? new URL(c.req.url).origin;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // the work of a request stops at the next stage boundary when its client goes or its time is up
  const signalOf = (c: Context): AbortSignal => AbortSignal.any([c.req.raw.signal, AbortSignal.timeout(timeoutMs)]);
  const bot: BotContext = { engine: services.engine, linkBase, signalOf, timeoutMs };
  const gate = new Gate(options.maxInflight ?? DEFAULT_MAX_INFLIGHT, options.maxQueue ?? DEFAULT_MAX_QUEUE, options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS);
  /** The questions' routes pass through the gate; past it, 503 at once with Retry-After. */
  const shed = (refusal: (c: Context) => Response): MiddlewareHandler => async (c, next) => {
    const arrived = services.arrivedAt?.(c);
    const release = await gate.enter(arrived === undefined ? 0 : performance.now() - arrived);
    if (!release) {
      c.header('Retry-After', '1');
      return refusal(c);
    }
    try {
      await next();
    } finally {
      release();
    }
  };
  const busy = 'The server is answering as many questions as it can. Please retry in a second.';
  const clientAddress = services.clientAddress ?? ((c: Context) => c.req.header('cf-connecting-ip') ?? 'unknown');

  app.use('*', requestId());
  app.use('*', allowHosts(options.allowedHosts ?? []));
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
  app.use('/api/*', timeout(timeoutMs, () => new HTTPException(503, { message: 'timeout' })));
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

  // the OpenAI-compatible API: CORS (the client's own headers allowed), body limit, API keys, rate limit, timeout
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('/v1/*', cors({ origin: options.corsOrigins, allowMethods: ['GET', 'POST', 'OPTIONS'], exposeHeaders: ['X-Request-Id', 'Retry-After'] }));
  }
  app.use('/v1/*', bodyLimit({ maxSize: bodyMax, onError: (c) => c.json(openaiError(`The request body is larger than ${Math.round(bodyMax / 1024)} KB.`), 413) }));
  if (apiKeys.length > 0) {
    const refused = (message: string) => (c: Context) => c.json(openaiError(message, 'invalid_request_error', 'invalid_api_key'), 401);
    app.use(
      '/v1/*',
      bearerAuth({
        token: apiKeys,
        noAuthenticationHeader: { message: refused('No API key: send the header Authorization: Bearer <key>.') },
        invalidAuthenticationHeader: { message: refused('The Authorization header is not "Bearer <key>".') },
        invalidToken: { message: refused('The API key is not valid.') },
      }),
    );
  }
  app.use(
    '/v1/*',
    rateLimiter({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT,
      standardHeaders: 'draft-7',
      // per API key when keys are required (the key has been checked by now), else per client address
      keyGenerator: (c) => (apiKeys.length > 0 ? `key:${c.req.header('authorization') ?? ''}` : `ip:${clientAddress(c)}`),
      handler: (c) => c.json(openaiError(`Rate limit reached: at most ${options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT} requests a minute. Retry after the time in Retry-After.`, 'rate_limit_exceeded', 'rate_limit_exceeded'), 429),
    }),
  );
  app.use('/v1/*', timeout(timeoutMs, () => new HTTPException(503, { message: 'timeout' })));
  app.use('/v1/chat/completions', shed((c) => c.json(openaiError(busy, 'server_overloaded', 'overloaded'), 503)));
  app.route('/', openaiRoutes(bot, answerChunks));

  // the chat integrations: each checks its own signature or token on the raw body
  app.use('/integrations/*', bodyLimit({ maxSize: bodyMax, onError: (c) => c.json(apiError('payload_too_large', `The request body is larger than ${Math.round(bodyMax / 1024)} KB.`), 413) }));
  app.route('/', slackRoutes(bot, options.slack ?? null, { ...SLACK_OPTIONS, ackMs: services.slackAckMs ?? SLACK_OPTIONS.ackMs }));
  app.route('/', mattermostRoutes(bot, options.mattermost ?? null));
  app.route('/', lineRoutes(bot, options.line ?? null));

  const overloaded = (c: Context) => c.json(apiError('overloaded', busy), 503);
  app.use('/api/ask', shed(overloaded));
  app.use('/api/ask/stream', shed(overloaded));

  app.openapi(askRoute, async (c) => {
    const body = c.req.valid('json');
    const result = await services.engine.ask(body.question, body.history ?? [], { topK: body.topK, signal: signalOf(c) });
    return c.json({ ...result, citations: withLinks(result.citations, linkBase(c)) }, 200);
  });

  app.openapi(askStreamRoute, async (c) => {
    const body = c.req.valid('json');
    return streamSSE(c, async (stream) => {
      try {
        const result = await services.engine.ask(body.question, body.history ?? [], { topK: body.topK, signal: signalOf(c) });
        await stream.writeSSE({ event: 'meta', data: JSON.stringify({ found: result.found, kind: result.kind, citations: result.citations.length, requestId: c.get('requestId') }) });
        for (const piece of answerChunks(result.answer)) await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: piece }) });
        for (const citation of withLinks(result.citations, linkBase(c))) await stream.writeSSE({ event: 'citation', data: JSON.stringify(citation) });
        await stream.writeSSE({ event: 'done', data: JSON.stringify({ found: result.found, kind: result.kind, series: result.series, tookMs: result.tookMs }) });
      } catch (err) {
        const error = stoppedWork(err) ? apiError('timeout', 'The request took too long. Please try again.') : apiError('internal', 'The answer could not be built. Please try again.');
        await stream.writeSSE({ event: 'error', data: JSON.stringify(error) });
      }
    }) as never;
  });

  const searchResults = async (q: string, k: number | undefined) => ({ results: await services.search.search(q, k ?? 5) });
  app.openapi(searchRoute, async (c) => c.json(await searchResults(c.req.valid('query').q, c.req.valid('query').k), 200));
  app.openapi(searchPostRoute, async (c) => c.json(await searchResults(c.req.valid('json').q, c.req.valid('json').k), 200));

  app.openapi(documentsRoute, (c) => c.json({ documents: services.documents.map(summary) }, 200));

  app.openapi(documentRoute, (c) => {
    const d = byId.get(c.req.valid('param').docId);
    if (!d) return c.json(apiError('not_found', 'There is no report with this id. GET /api/documents lists them.'), 404);
    return c.json({ ...summary(d), lines: d.lines }, 200);
  });

  const integrations = {
    openai: { enabled: true as const, keys: apiKeys.length > 0 },
    slack: { enabled: Boolean(options.slack), mentions: Boolean(options.slack?.botToken) },
    mattermost: { enabled: Boolean(options.mattermost) },
    line: { enabled: Boolean(options.line) },
  };
  // each report's headings, worked out the first time they are asked for
  const tocs = new Map<string, ReturnType<typeof tableOfContents>>();
  app.openapi(tocRoute, (c) => {
    const { docId } = c.req.valid('param');
    const doc = byId.get(docId);
    if (!doc) return c.json(apiError('not_found', 'There is no report with this id. GET /api/documents lists them.'), 404);
    let headings = tocs.get(docId);
    if (!headings) {
      headings = tableOfContents([...services.search.byId.values()].filter((p) => p.docId === docId), doc.lines);
      tocs.set(docId, headings);
    }
    return c.json({ docId, headings }, 200);
  });

  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, ...services.health, integrations }, 200));

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'report-qa', version: '1.0.0', description: 'Answers from the Kaohsiung City Government reports, with exact quotes and citations.' },
  });

  if (services.assets) app.use('/*', services.assets);

  app.notFound((c) =>
    c.req.path.startsWith('/v1/')
      ? c.json(openaiError(`Nothing at ${c.req.method} ${c.req.path}. This server offers POST /v1/chat/completions and GET /v1/models (model '${MODEL_ID}').`, 'invalid_request_error', 'unknown_url'), 404)
      : c.json(apiError('not_found', `Nothing at ${c.req.method} ${c.req.path}. The API is under /api (see /openapi.json).`), 404),
  );
  app.onError((err, c) => {
    // a middleware's own response (the API-key check's OpenAI-shaped 401)
    if (err instanceof HTTPException && err.res) return err.getResponse();
    // the time was up: the timeout middleware's 503, or the work stopped by its signal (a gone client reads nothing)
    const timedOut = (err instanceof HTTPException && err.status === 503) || stoppedWork(err);
    const tooLong = 'The request took too long. Please try again.';
    if (c.req.path.startsWith('/v1/')) {
      if (timedOut) return c.json(openaiError(tooLong, 'timeout'), 503);
      if (err instanceof HTTPException) return c.json(openaiError(err.message || 'The request could not be handled.'), err.status);
      return c.json(openaiError('Something went wrong on our side. Please try again.', 'server_error'), 500);
    }
    if (timedOut) return c.json(apiError('timeout', tooLong), 503);
    if (err instanceof HTTPException) {
      if (err.status === 400) return c.json(apiError('invalid_json', 'The request body is not valid JSON.'), 400);
      return c.json(apiError('http_error', err.message || 'The request could not be handled.'), err.status);
    }
    return c.json(apiError('internal', 'Something went wrong on our side. Please try again.'), 500);
  });
  return app;
}
