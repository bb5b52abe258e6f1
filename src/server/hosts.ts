// Which Host headers the server answers for: a browser page on another site could otherwise
// reach a loopback server through DNS rebinding. Runtime-neutral.
import type { MiddlewareHandler } from 'hono';
import { apiError } from './errors';

/** The hostname of a Host header, without its port ("[::1]:8787" → "[::1]"). */
export function hostnameOf(host: string): string {
  const h = host.trim().toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d+$/, '');
}

/** Allows the listed hosts (an entry with a port must match the port too); empty: any host. */
export function allowHosts(allowed: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (allowed.length === 0) return next();
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    if (allowed.includes(host) || allowed.includes(hostnameOf(host))) return next();
    return c.json(apiError('misdirected_request', `This server does not answer for the host "${host}". Set ALLOWED_HOSTS to serve it.`), 421);
  };
}
