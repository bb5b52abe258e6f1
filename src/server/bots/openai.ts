// The OpenAI-compatible API: POST /v1/chat/completions (plain and streamed) and GET /v1/models,
// for Open WebUI, LibreChat, the official `openai` client and any bot that speaks it. The last
// user message is the question, earlier turns the history; citations travel three ways at
// once — [n] markers with a 「來源」 list in the text, `url_citation` annotations, and a
// top-level `citations` array identical to /api/ask's. Errors are OpenAI-shaped. Runtime-neutral.
import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { ChatTurn } from '../../answer/engine';
import { MAX_HISTORY, MAX_QUESTION } from '../schemas';
import { answerWithLinks, type BotContext, type LinkedAnswer } from './context';
import { citationLabel, sourcesText } from './format';

export const MODEL_ID = 'report-qa';

export function openaiError(message: string, type = 'invalid_request_error', code: string | null = null, param: string | null = null) {
  return { error: { message, type, param, code } };
}

const ContentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });
const MessageSchema = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(ContentPartSchema), z.null()]).optional(),
});
// unknown parameters (temperature, top_p, user, …) are accepted and ignored
const ChatRequestSchema = z.looseObject({
  model: z.string({ message: 'model is required' }).min(1),
  messages: z.array(MessageSchema).min(1, { message: 'messages must hold at least the question' }).max(200),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullish(),
});
type ChatRequest = z.infer<typeof ChatRequestSchema>;

const textOf = (content: z.infer<typeof MessageSchema>['content']): string =>
  typeof content === 'string' ? content : (content ?? []).filter((p) => p.type === 'text').map((p) => p.text ?? '').join('\n');

/** An earlier answer without its 「來源」 list: the list's report titles are not part of what was said. */
const withoutSources = (text: string): string => text.split('\n\n來源：\n')[0] ?? text;

/** The question and the history of a chat request, or what is wrong with it. */
export function conversationOf(request: ChatRequest): { question: string; history: ChatTurn[] } | { error: string; param: string } {
  const turns = request.messages
    .filter((m) => m.role === 'user' || m.role === 'assistant')
    .map((m) => ({ role: m.role as ChatTurn['role'], content: textOf(m.content).trim() }))
    .filter((t) => t.content);
  const last = turns.at(-1);
  if (!last || last.role !== 'user') return { error: 'The last message must be the user’s question (role "user").', param: 'messages' };
  if ([...last.content].length > MAX_QUESTION) return { error: `The question is longer than ${MAX_QUESTION} characters.`, param: 'messages' };
  const history = turns.slice(0, -1).slice(-MAX_HISTORY).map((t) => (t.role === 'assistant' ? { ...t, content: withoutSources(t.content) } : t));
  return { question: last.content, history };
}

/** The standard annotations: one url_citation per citation, spanning its first [n] marker. */
export function annotationsOf(answer: LinkedAnswer, offset = 0) {
  return answer.citations.map((c) => {
    const at = answer.answer.indexOf(`[${c.n}]`);
    const start = at < 0 ? answer.answer.length : at;
    return { type: 'url_citation' as const, url_citation: { url: c.url, title: citationLabel(c), start_index: offset + start, end_index: offset + start + (at < 0 ? 0 : `[${c.n}]`.length) } };
  });
}

const ZERO_USAGE = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };

export function openaiRoutes(bot: BotContext, pieces: (answer: string) => string[]): Hono {
  const app = new Hono();
  const models = { object: 'list', data: [{ id: MODEL_ID, object: 'model', created: 0, owned_by: 'report-qa' }] };
  app.get('/v1/models', (c) => c.json(models));
  app.get('/v1/models/:id', (c) =>
    c.req.param('id') === MODEL_ID ? c.json(models.data[0]) : c.json(openaiError(`The model '${c.req.param('id')}' does not exist. The only model is '${MODEL_ID}'.`, 'invalid_request_error', 'model_not_found', 'model'), 404),
  );

  app.post('/v1/chat/completions', async (c: Context) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return c.json(openaiError('The request body is not valid JSON.'), 400);
    }
    const parsed = ChatRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return c.json(openaiError(`${issue?.message ?? 'The request is not valid.'}${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}`, 'invalid_request_error', null, issue?.path.map(String).join('.') ?? null), 400);
    }
    const request = parsed.data;
    if (request.model !== MODEL_ID) return c.json(openaiError(`The model '${request.model}' does not exist. Use '${MODEL_ID}'.`, 'invalid_request_error', 'model_not_found', 'model'), 404);
    const conversation = conversationOf(request);
    if ('error' in conversation) return c.json(openaiError(conversation.error, 'invalid_request_error', null, conversation.param), 400);

    const answer = await answerWithLinks(bot, c, conversation.question, conversation.history);
    const id = `chatcmpl-${crypto.randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    const sources = sourcesText(answer.citations);
    const extra = { citations: answer.citations, report_qa: { found: answer.found, kind: answer.kind } };

    if (!request.stream) {
      return c.json({
        id,
        object: 'chat.completion',
        created,
        model: MODEL_ID,
        choices: [{ index: 0, message: { role: 'assistant', content: answer.answer + sources, refusal: null, annotations: annotationsOf(answer) }, logprobs: null, finish_reason: 'stop' }],
        usage: ZERO_USAGE,
        ...extra,
      });
    }
    const chunk = (choices: unknown[], more: Record<string, unknown> = {}) => JSON.stringify({ id, object: 'chat.completion.chunk', created, model: MODEL_ID, choices, ...more });
    return streamSSE(c, async (stream) => {
      await stream.writeSSE({ data: chunk([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]) });
      for (const piece of pieces(answer.answer)) await stream.writeSSE({ data: chunk([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]) });
      // the last content chunk: the sources, the annotations, finish_reason, and the structured citations
      await stream.writeSSE({ data: chunk([{ index: 0, delta: { content: sources, annotations: annotationsOf(answer) }, logprobs: null, finish_reason: 'stop' }], extra) });
      if (request.stream_options?.include_usage) await stream.writeSSE({ data: chunk([], { usage: ZERO_USAGE }) });
      await stream.writeSSE({ data: '[DONE]' });
    });
  });
  return app;
}
