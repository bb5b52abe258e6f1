// The app's settings, validated once from the runtime's environment: process.env on Node,
// the Worker's env bindings at the edge. Runtime-neutral.
import { z } from 'zod';

export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RATE_LIMIT = 120;
/** questions worked on at once, and waiting, before more are refused (measured on 2 cores: see README) */
export const DEFAULT_MAX_INFLIGHT = 4;
export const DEFAULT_MAX_QUEUE = 32;
/** the longest a question waits in that queue before it is refused too */
export const DEFAULT_MAX_WAIT_MS = 500;

export interface AppOptions {
  /** largest request body, bytes */
  bodyLimit?: number;
  /** longest a request may take, ms */
  timeoutMs?: number;
  /** origins allowed to call the API from a browser; none by default */
  corsOrigins?: string[];
  /** bearer keys /v1 requires; none: /v1 is open (the server binds to 127.0.0.1 by default) */
  apiKeys?: string[];
  /** requests a minute per key (or per client address without keys) on /v1 */
  rateLimitPerMinute?: number;
  /** questions worked on at once; beyond them and a short queue, 503 with Retry-After */
  maxInflight?: number;
  maxQueue?: number;
  /** the longest a question waits for its turn, ms; then 503 with Retry-After */
  maxWaitMs?: number;
  /** Host headers served (DNS rebinding); empty: any */
  allowedHosts?: string[];
  /** where citation links point (the web chat's origin); the request's own origin when null */
  publicUrl?: string | null;
  slack?: SlackSettings | null;
  mattermost?: MattermostSettings | null;
  line?: LineSettings | null;
}

export interface SlackSettings {
  signingSecret: string;
  /** for chat.postMessage (answers to mentions); null: slash commands only */
  botToken: string | null;
  apiBase: string;
}

export interface MattermostSettings {
  token: string;
}

export interface LineSettings {
  channelSecret: string;
  accessToken: string;
  apiBase: string;
}

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const AppEnvSchema = z.object({
  /** origins allowed to call the API from a browser, comma-separated; none by default */
  CORS_ORIGINS: optional,
  /** the longest a request may take */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  /** the largest request body */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).optional(),
  /** bearer keys for /v1, comma-separated */
  API_KEYS: optional,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).optional(),
  MAX_INFLIGHT: z.coerce.number().int().min(1).max(1000).optional(),
  MAX_QUEUE: z.coerce.number().int().min(0).max(10_000).optional(),
  MAX_WAIT_MS: z.coerce.number().int().min(1).max(120_000).optional(),
  /** Host headers served, comma-separated (host or host:port) */
  ALLOWED_HOSTS: optional,
  PUBLIC_URL: z.url({ message: 'must be a URL such as https://qa.example.gov.tw' }).optional(),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_API_BASE: z.url().optional(),
  MATTERMOST_TOKEN: optional,
  LINE_CHANNEL_SECRET: optional,
  LINE_CHANNEL_ACCESS_TOKEN: optional,
  LINE_API_BASE: z.url().optional(),
});

export type Settings = Required<AppOptions>;

export class SettingsError extends Error {}

const list = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** The app's options from an environment (only the names above are read; bindings are ignored). */
export function appSettings(env: Record<string, unknown>): Settings {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string' && v !== ''));
  const parsed = AppEnvSchema.safeParse(strings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(`Setting ${String(issue?.path[0] ?? '')} is not valid: ${issue?.message ?? ''}`);
  }
  const e = parsed.data;
  if (e.LINE_CHANNEL_SECRET && !e.LINE_CHANNEL_ACCESS_TOKEN) throw new SettingsError('LINE_CHANNEL_SECRET is set without LINE_CHANNEL_ACCESS_TOKEN: the bot could not reply. Set both, or neither.');
  return {
    corsOrigins: list(e.CORS_ORIGINS),
    timeoutMs: e.REQUEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    bodyLimit: e.BODY_LIMIT_BYTES ?? DEFAULT_BODY_LIMIT,
    apiKeys: list(e.API_KEYS),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? DEFAULT_RATE_LIMIT,
    maxInflight: e.MAX_INFLIGHT ?? DEFAULT_MAX_INFLIGHT,
    maxQueue: e.MAX_QUEUE ?? DEFAULT_MAX_QUEUE,
    maxWaitMs: e.MAX_WAIT_MS ?? DEFAULT_MAX_WAIT_MS,
    allowedHosts: list(e.ALLOWED_HOSTS).map((h) => h.toLowerCase()),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    slack: e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET, botToken: e.SLACK_BOT_TOKEN ?? null, apiBase: e.SLACK_API_BASE ?? 'https://slack.com/api' } : null,
    mattermost: e.MATTERMOST_TOKEN ? { token: e.MATTERMOST_TOKEN } : null,
    line: e.LINE_CHANNEL_SECRET && e.LINE_CHANNEL_ACCESS_TOKEN ? { channelSecret: e.LINE_CHANNEL_SECRET, accessToken: e.LINE_CHANNEL_ACCESS_TOKEN, apiBase: e.LINE_API_BASE ?? 'https://api.line.me' } : null,
  };
}
