// LINE: the webhook (POST /integrations/line/webhook). X-Line-Signature (base64 HMAC-SHA256
// of the raw body) is checked before anything is parsed; the console's verification call (no
// events) gets 200. A text message in a 1:1 chat, or in a group or room when the bot is
// mentioned, is answered through the reply API with a Flex bubble; each chat keeps its
// conversation, so follow-ups work. Runtime-neutral (the SDK's types, Web Crypto, fetch).
import type { webhook } from '@line/bot-sdk';
import { Hono } from 'hono';
import type { LineSettings } from '../settings';
import { apiError } from '../errors';
import { answerWithLinks, inBackground, type BotContext } from './context';
import { Conversations } from './conversations';
import { disabled } from './disabled';
import { lineMessage } from './format';
import { lineSignature, sameSecret } from './signature';

/** The chat a message came from: a group, a room, or a person. */
function chatOf(source: webhook.Source | undefined): string | null {
  if (!source) return null;
  if (source.type === 'group') return `group:${source.groupId}`;
  if (source.type === 'room') return `room:${source.roomId}`;
  return source.userId ? `user:${source.userId}` : null;
}

/** The question of a text message, or null when the bot should stay quiet (a group message not addressed to it). */
export function questionOf(event: webhook.MessageEvent): string | null {
  if (event.message.type !== 'text') return null;
  const message = event.message as webhook.TextMessageContent;
  const mentions = message.mention?.mentionees ?? [];
  if (event.source?.type !== 'user' && !mentions.some((m) => m.type === 'user' && (m as webhook.UserMentionee).isSelf)) return null;
  // the mentions' own text (@報告問答) cut out, last first so that the indexes stay valid
  let text = message.text;
  for (const m of [...mentions].sort((a, b) => b.index - a.index)) text = text.slice(0, m.index) + text.slice(m.index + m.length);
  return text.trim() || null;
}

export function lineRoutes(bot: BotContext, line: LineSettings | null): Hono {
  const app = new Hono();
  const chats = new Conversations();
  app.post('/integrations/line/webhook', async (c) => {
    if (!line) return disabled(c, 'LINE', 'LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN');
    const body = await c.req.text();
    const signature = c.req.header('x-line-signature') ?? '';
    if (!signature || !(await sameSecret(signature, await lineSignature(line.channelSecret, body)))) {
      return c.json(apiError('invalid_signature', 'The request is not signed with this channel’s secret (X-Line-Signature).'), 401);
    }
    let callback: webhook.CallbackRequest;
    try {
      callback = JSON.parse(body) as webhook.CallbackRequest;
    } catch {
      return c.json(apiError('invalid_json', 'The webhook body is not valid JSON.'), 400);
    }
    for (const event of callback.events ?? []) {
      if (event.type !== 'message') continue;
      const message = event as webhook.MessageEvent;
      const question = questionOf(message);
      const chat = chatOf(message.source);
      const replyToken = message.replyToken;
      if (!question || !chat || !replyToken) continue;
      inBackground(
        c,
        answerWithLinks(bot, c, question, chats.history(chat), true).then(async (a) => {
          chats.add(chat, question, a.answer);
          const res = await fetch(`${line.apiBase}/v2/bot/message/reply`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${line.accessToken}` },
            body: JSON.stringify({ replyToken, messages: [lineMessage(a.answer, a.citations)] }),
          });
          if (!res.ok) throw new Error(`LINE answered ${res.status}`);
        }),
      );
    }
    return c.json({});
  });
  return app;
}
