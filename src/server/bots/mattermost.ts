// Mattermost: a slash command (POST /integrations/mattermost/command) with its token checked
// in constant time, answered in Markdown with the citations as links. Runtime-neutral.
import { Hono } from 'hono';
import type { MattermostSettings } from '../settings';
import { apiError } from '../errors';
import { answerWithLinks, type BotContext } from './context';
import { disabled } from './disabled';
import { markdownAnswer } from './format';
import { sameSecret } from './signature';

/** A form-encoded body as its fields. */
function formFields(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  new URLSearchParams(raw).forEach((value, key) => (out[key] = value));
  return out;
}

export function mattermostRoutes(bot: BotContext, mattermost: MattermostSettings | null): Hono {
  const app = new Hono();
  app.post('/integrations/mattermost/command', async (c) => {
    if (!mattermost) return disabled(c, 'Mattermost', 'MATTERMOST_TOKEN');
    const raw = await c.req.text();
    const type = c.req.header('content-type') ?? '';
    let fields: Record<string, string>;
    try {
      fields = /json/i.test(type) ? (JSON.parse(raw) as Record<string, string>) : formFields(raw);
    } catch {
      return c.json(apiError('invalid_json', 'The command is not valid JSON.'), 400);
    }
    const header = (c.req.header('authorization') ?? '').replace(/^Token\s+/i, '');
    const token = String(fields['token'] ?? header ?? '');
    if (!token || !(await sameSecret(token, mattermost.token))) return c.json(apiError('invalid_token', 'The command token does not match MATTERMOST_TOKEN.'), 401);
    const question = String(fields['text'] ?? '').trim();
    if (!question) return c.json({ response_type: 'ephemeral', text: `請在指令後輸入問題，例如：${fields['command'] ?? '/report'} 113年下半年有多少人辦理退休？` });
    const answer = await answerWithLinks(bot, c, question);
    return c.json({ response_type: 'in_channel', text: markdownAnswer(answer.answer, answer.citations) });
  });
  return app;
}
