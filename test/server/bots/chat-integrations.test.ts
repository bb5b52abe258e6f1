// Slack, Mattermost and LINE against the real server on 127.0.0.1: requests signed per each
// platform's spec (good, forged, stale, replayed), and a local receiver standing in for Slack's
// chat.postMessage / response_url and LINE's reply API, so that each outbound call, its auth
// header and its body are checked.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../serve';
import { startReceiver, type Receiver } from './receiver';

const SLACK_SECRET = 'slack-signing-secret';
const LINE_SECRET = 'line-channel-secret';
let server: TestServer;
let slow: TestServer;
let bare: TestServer;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  const integrations = {
    slack: { signingSecret: SLACK_SECRET, botToken: 'xoxb-test-token', apiBase: `${receiver.url}/api` },
    mattermost: { token: 'mm-token' },
    line: { channelSecret: LINE_SECRET, accessToken: 'line-access-token', apiBase: receiver.url },
  };
  server = await startServer(integrations);
  // a Slack command that never waits: acknowledged at once, answered through response_url
  slow = await startServer(integrations, { slackAckMs: 0 });
  bare = await startServer();
});
afterAll(async () => {
  await Promise.all([server?.close(), slow?.close(), bare?.close(), receiver?.close()]);
});

const now = () => String(Math.floor(Date.now() / 1000));
const slackSign = (body: string, ts = now(), secret = SLACK_SECRET) => ({ 'x-slack-request-timestamp': ts, 'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}` });
const lineSign = (body: string, secret = LINE_SECRET) => createHmac('sha256', secret).update(body).digest('base64');

function slackPost(base: string, path: string, body: string, headers: Record<string, string>, type = 'application/x-www-form-urlencoded') {
  return fetch(`${base}/integrations/slack/${path}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body });
}

describe('Slack', () => {
  const command = new URLSearchParams({ command: '/report', text: '113年下半年有多少人辦理退休？', user_id: 'U1', channel_id: 'C1', response_url: '' }).toString();

  it('answers a signed slash command in its own response, figures bold, citations as links', async () => {
    const res = await slackPost(server.url, 'command', command, slackSign(command));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] };
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('776人');
    expect(body.blocks[0]?.text?.text).toContain('*776人*');
    expect(body.blocks[1]?.type).toBe('context');
    expect(body.blocks[1]?.elements?.[0]?.text).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/#doc=000_76e9100df38fd9b6&lines=490-494\|\[1\] /);
  });

  it('refuses a forged or a stale signature with 401, before reading the command', async () => {
    expect((await slackPost(server.url, 'command', command, slackSign(command, now(), 'not-the-secret'))).status).toBe(401);
    const old = String(Math.floor(Date.now() / 1000) - 600);
    expect((await slackPost(server.url, 'command', command, slackSign(command, old))).status).toBe(401);
    expect((await slackPost(server.url, 'command', command, {})).status).toBe(401);
    const tampered = command.replace('113', '106');
    expect((await slackPost(server.url, 'command', tampered, slackSign(command))).status).toBe(401);
  });

  it('acknowledges a slow command and posts the answer to response_url', async () => {
    const body = new URLSearchParams({ command: '/report', text: '113年下半年有多少人辦理退休？', response_url: `${receiver.url}/slack-response` }).toString();
    const waiting = receiver.next('/slack-response');
    const res = await slackPost(slow.url, 'command', body, slackSign(body));
    expect(((await res.json()) as { response_type: string }).response_type).toBe('ephemeral');
    const posted = await waiting;
    expect(posted.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(String(posted.body['text'])).toContain('776人');
  });

  it('answers the Events API: url_verification, a mention in its thread, a retry only once', async () => {
    const verify = JSON.stringify({ type: 'url_verification', challenge: 'ch-123' });
    expect(await (await slackPost(server.url, 'events', verify, slackSign(verify), 'application/json')).json()).toEqual({ challenge: 'ch-123' });

    const event = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention', text: '<@UBOT> 113年下半年有多少人辦理退休？', channel: 'C9', ts: '1700000000.000100' } });
    const posted = receiver.next('/api/chat.postMessage');
    const res = await slackPost(server.url, 'events', event, slackSign(event), 'application/json');
    expect(res.status).toBe(200);
    const call = await posted;
    expect(call.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(call.body).toMatchObject({ channel: 'C9', thread_ts: '1700000000.000100' });
    expect(String(call.body['text'])).toContain('776人');

    // Slack retries with the same event_id: acknowledged, not answered again
    const before = receiver.calls.filter((c) => c.path === '/api/chat.postMessage').length;
    const retry = await slackPost(server.url, 'events', event, { ...slackSign(event), 'x-slack-retry-num': '1' }, 'application/json');
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.calls.filter((c) => c.path === '/api/chat.postMessage').length).toBe(before);
  });
});

describe('Mattermost', () => {
  const form = (token: string) => new URLSearchParams({ token, command: '/report', text: '113年下半年有多少人辦理退休？', channel_id: 'c1' }).toString();
  const post = (body: string) => fetch(`${server.url}/integrations/mattermost/command`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

  it('answers a command with its token in Markdown, citations as links', async () => {
    const res = await post(form('mm-token'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('**776人**');
    expect(body.text).toMatch(/- \[\\\[1\\\] .*\]\(http:\/\/127\.0\.0\.1:\d+\/#doc=000_76e9100df38fd9b6&lines=490-494\)/);
  });

  it('refuses a wrong token with 401', async () => {
    expect((await post(form('mm-wrong'))).status).toBe(401);
  });
});

describe('LINE', () => {
  const webhook = (events: unknown[]) => JSON.stringify({ destination: 'Ubot', events });
  const post = (body: string, signature: string) => fetch(`${server.url}/integrations/line/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': signature }, body });
  const textEvent = (text: string, replyToken: string, source: Record<string, unknown>, mention?: unknown) => ({
    type: 'message',
    mode: 'active',
    timestamp: Date.now(),
    webhookEventId: `ev-${replyToken}`,
    deliveryContext: { isRedelivery: false },
    replyToken,
    source,
    message: { type: 'text', id: `m-${replyToken}`, quoteToken: 'q', text, ...(mention ? { mention } : {}) },
  });

  it('accepts the console’s verification call (no events)', async () => {
    const body = webhook([]);
    expect((await post(body, lineSign(body))).status).toBe(200);
  });

  it('refuses a forged signature with 401', async () => {
    const body = webhook([textEvent('113年下半年有多少人辦理退休？', 'r-forged', { type: 'user', userId: 'U1' })]);
    expect((await post(body, lineSign(body, 'other-secret'))).status).toBe(401);
    expect((await post(body, '')).status).toBe(401);
  });

  it('replies to a 1:1 message through the reply API with a Flex bubble, and keeps the conversation', async () => {
    const body = webhook([textEvent('113年下半年有多少人辦理退休？', 'r-1', { type: 'user', userId: 'U42' })]);
    const replied = receiver.next('/v2/bot/message/reply');
    expect((await post(body, lineSign(body))).status).toBe(200);
    const call = await replied;
    expect(call.headers.authorization).toBe('Bearer line-access-token');
    expect(call.body['replyToken']).toBe('r-1');
    const [message] = call.body['messages'] as { type: string; altText: string; contents: unknown }[];
    expect(message?.type).toBe('flex');
    expect(message?.altText).toContain('776人');
    expect(JSON.stringify(message?.contents)).toMatch(/"uri":"http:\/\/127\.0\.0\.1:\d+\/#doc=000_76e9100df38fd9b6&lines=490-494"/);

    const follow = webhook([textEvent('那106年下半年呢？', 'r-2', { type: 'user', userId: 'U42' })]);
    const second = receiver.next('/v2/bot/message/reply');
    await post(follow, lineSign(follow));
    const call2 = await second;
    expect(call2.body['replyToken']).toBe('r-2');
    expect(JSON.stringify(call2.body['messages'])).toContain('647人');
  });

  it('in a group, answers only when mentioned, without the mention in the question', async () => {
    const before = receiver.calls.length;
    const unaddressed = webhook([textEvent('113年下半年有多少人辦理退休？', 'r-g0', { type: 'group', groupId: 'G1', userId: 'U1' })]);
    await post(unaddressed, lineSign(unaddressed));
    const text = '@報告問答 113年下半年有多少人辦理退休？';
    const mention = { mentionees: [{ index: 0, length: 5, type: 'user', userId: 'Ubot', isSelf: true }] };
    const addressed = webhook([textEvent(text, 'r-g1', { type: 'group', groupId: 'G1', userId: 'U1' }, mention)]);
    const replied = receiver.next('/v2/bot/message/reply');
    await post(addressed, lineSign(addressed));
    const call = await replied;
    expect(call.body['replyToken']).toBe('r-g1');
    expect(receiver.calls.slice(before).map((c) => c.body['replyToken'])).toEqual(['r-g1']);
  });
});

describe('an integration without its secret', () => {
  it('answers 503 with what to set, and is listed as disabled', async () => {
    const res = await fetch(`${bare.url}/integrations/line/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('LINE_CHANNEL_SECRET');
    const health = (await (await fetch(`${bare.url}/api/health`)).json()) as { integrations: Record<string, { enabled: boolean }> };
    expect(health.integrations).toMatchObject({ openai: { enabled: true }, slack: { enabled: false }, mattermost: { enabled: false }, line: { enabled: false } });
    const configured = (await (await fetch(`${server.url}/api/health`)).json()) as { integrations: Record<string, { enabled: boolean }> };
    expect(configured.integrations).toMatchObject({ slack: { enabled: true }, mattermost: { enabled: true }, line: { enabled: true } });
  });
});
