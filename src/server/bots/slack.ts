// Slack: a slash command (POST /integrations/slack/command) answered in its own response —
// or, when an answer is slow, acknowledged and posted to response_url — and the Events API
// (POST /integrations/slack/events): url_verification, and app_mention answered in its
// thread with chat.postMessage, retries deduplicated on event_id. Every request's v0
// signature is checked (constant time, 5-minute window) before its body is read. Runtime-neutral.
import { Hono, type Context } from 'hono';
import type { SlackSettings } from '../settings';
import { apiError } from '../errors';
import { answerWithLinks, inBackground, type BotContext } from './context';
import { Conversations, SeenIds } from './conversations';
import { disabled } from './disabled';
import { slackMessage } from './format';
import { sameSecret, slackSignature } from './signature';

export const SLACK_OPTIONS = {
  /** a request signed longer ago than this is stale (Slack's own advice: 5 minutes) */
  maxAgeSeconds: 300,
  /** a slash command waits this long for its answer before acknowledging (Slack allows 3 s) */
  ackMs: 2500,
};

const SETTINGS = 'SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN for mentions)';

/** The raw body when the request is signed by Slack, else null. */
async function signedBody(c: Context, slack: SlackSettings, maxAgeSeconds: number): Promise<string | null> {
  const timestamp = c.req.header('x-slack-request-timestamp') ?? '';
  const signature = c.req.header('x-slack-signature') ?? '';
  const age = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (!/^\d+$/.test(timestamp) || !signature || !(age <= maxAgeSeconds)) return null;
  const body = await c.req.text();
  return (await sameSecret(signature, await slackSignature(slack.signingSecret, timestamp, body))) ? body : null;
}

const unauthorized = (c: Context) => c.json(apiError('invalid_signature', 'The request is not signed by Slack (or the signature is older than 5 minutes).'), 401);

/** A mention's text without the mention itself (<@U0123>). */
const withoutMentions = (text: string): string => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();

async function postJson(url: string, body: unknown, token?: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`Slack answered ${res.status}`);
}

export function slackRoutes(bot: BotContext, slack: SlackSettings | null, options = SLACK_OPTIONS): Hono {
  const app = new Hono();
  const seen = new SeenIds();
  const threads = new Conversations();

  app.post('/integrations/slack/command', async (c) => {
    if (!slack) return disabled(c, 'Slack', SETTINGS);
    const body = await signedBody(c, slack, options.maxAgeSeconds);
    if (body === null) return unauthorized(c);
    const form = new URLSearchParams(body);
    const question = (form.get('text') ?? '').trim();
    if (!question) return c.json({ response_type: 'ephemeral', text: `請在指令後輸入問題，例如：${form.get('command') ?? '/report'} 113年下半年有多少人辦理退休？` });
    // the answer may be posted to response_url after this response: bounded by time, not by the connection
    const answering = answerWithLinks(bot, c, question, [], true).then((a) => ({ response_type: 'in_channel', ...slackMessage(a.answer, a.citations) }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = await Promise.race([answering, new Promise<null>((r) => (timer = setTimeout(() => r(null), options.ackMs)))]);
    clearTimeout(timer);
    if (ready) return c.json(ready);
    const responseUrl = form.get('response_url');
    if (responseUrl) inBackground(c, answering.then((message) => postJson(responseUrl, { ...message, replace_original: false })));
    return c.json({ response_type: 'ephemeral', text: '查詢中，答案稍後送出…' });
  });

  app.post('/integrations/slack/events', async (c) => {
    if (!slack) return disabled(c, 'Slack', SETTINGS);
    const body = await signedBody(c, slack, options.maxAgeSeconds);
    if (body === null) return unauthorized(c);
    let payload: { type?: string; challenge?: string; event_id?: string; event?: { type?: string; text?: string; channel?: string; ts?: string; thread_ts?: string; bot_id?: string } };
    try {
      payload = JSON.parse(body) as typeof payload;
    } catch {
      return c.json(apiError('invalid_json', 'The event is not valid JSON.'), 400);
    }
    if (payload.type === 'url_verification') return c.json({ challenge: payload.challenge ?? '' });
    const event = payload.event;
    // a retried delivery (same event_id) is acknowledged and not answered twice
    if (payload.type !== 'event_callback' || !event || !payload.event_id || !seen.first(payload.event_id)) return c.json({ ok: true });
    if (event.type === 'app_mention' && !event.bot_id && event.channel && event.ts) {
      const question = withoutMentions(event.text ?? '');
      const threadTs = event.thread_ts ?? event.ts;
      const chat = `${event.channel}:${threadTs}`;
      const channel = event.channel;
      if (question && slack.botToken) {
        const token = slack.botToken;
        inBackground(
          c,
          answerWithLinks(bot, c, question, threads.history(chat), true).then((a) => {
            threads.add(chat, question, a.answer);
            return postJson(`${slack.apiBase}/chat.postMessage`, { channel, thread_ts: threadTs, ...slackMessage(a.answer, a.citations) }, token);
          }),
        );
      }
    }
    return c.json({ ok: true });
  });
  return app;
}
