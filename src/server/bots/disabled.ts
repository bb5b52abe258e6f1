// An integration whose secret is not configured: a clear 503 saying what to set. Runtime-neutral.
import type { Context } from 'hono';
import { apiError } from '../errors';

export function disabled(c: Context, name: string, settings: string): Response {
  return c.json(apiError('integration_disabled', `${name} is not configured on this server: set ${settings}. GET /api/health lists the integrations.`), 503);
}
