// The app's settings, validated once from the runtime's environment: process.env on Node,
// the Worker's env bindings at the edge. Runtime-neutral.
import { z } from 'zod';
import { DEFAULT_BODY_LIMIT, DEFAULT_TIMEOUT_MS, type AppOptions } from './app';

const AppEnvSchema = z.object({
  /** origins allowed to call the API from a browser, comma-separated; none by default */
  CORS_ORIGINS: z.string().optional(),
  /** the longest a request may take */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  /** the largest request body */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).optional(),
});

export class SettingsError extends Error {}

/** The app's options from an environment (only the names above are read; bindings are ignored). */
export function appSettings(env: Record<string, unknown>): Required<AppOptions> {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string'));
  const parsed = AppEnvSchema.safeParse(strings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(`Setting ${String(issue?.path[0] ?? '')} is not valid: ${issue?.message ?? ''}`);
  }
  const e = parsed.data;
  return {
    corsOrigins: (e.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    timeoutMs: e.REQUEST_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
    bodyLimit: e.BODY_LIMIT_BYTES ?? DEFAULT_BODY_LIMIT,
  };
}
