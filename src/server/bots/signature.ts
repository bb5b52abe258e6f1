// Request signatures, with Web Crypto (the same in Node and the Worker): HMAC-SHA256 of the
// raw body, compared in constant time. Runtime-neutral.
import { timingSafeEqual } from 'hono/utils/buffer';

const encoder = new TextEncoder();

async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const base64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

/** Slack: `v0=` + hex HMAC of `v0:{timestamp}:{body}`. */
export async function slackSignature(secret: string, timestamp: string, body: string): Promise<string> {
  return `v0=${hex(await hmac(secret, `v0:${timestamp}:${body}`))}`;
}

/** LINE: base64 HMAC of the body. */
export async function lineSignature(secret: string, body: string): Promise<string> {
  return base64(await hmac(secret, body));
}

export function sameSecret(a: string, b: string): Promise<boolean> {
  return timingSafeEqual(a, b);
}
