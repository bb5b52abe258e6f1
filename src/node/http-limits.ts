// Node-only: the HTTP server's own limits — how long headers and a whole request may take, how
// many connections are held — and a JSON error (not an empty reply) for what Node refuses
// before the app sees it: an over-long URL or header (431), a slow request (408).
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { apiError } from '../server/errors';

export const HTTP_LIMITS = {
  /** a client sending its headers slower than this is cut off (slow-header sockets) */
  headersTimeoutMs: 10_000,
  /** a whole request, body included (the app's own timeout is 15 s) */
  requestTimeoutMs: 30_000,
  /** an idle kept-alive connection is closed after this */
  keepAliveTimeoutMs: 5_000,
  /** connections held at once; more are refused by the kernel's backlog, not queued here */
  maxConnections: 1024,
} as const;

function refuse(socket: Duplex, status: number, reason: string, code: string, message: string): void {
  const body = JSON.stringify(apiError(code, message));
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

export function limitHttpServer(server: Server): void {
  server.headersTimeout = HTTP_LIMITS.headersTimeoutMs;
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = HTTP_LIMITS.maxConnections;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    if (err.code === 'HPE_HEADER_OVERFLOW') return refuse(socket, 431, 'Request Header Fields Too Large', 'too_large', 'The request line or its headers are too long. For a long question, POST it as JSON (POST /api/search, POST /api/ask).');
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return refuse(socket, 408, 'Request Timeout', 'request_timeout', 'The request took too long to arrive.');
    refuse(socket, 400, 'Bad Request', 'bad_request', 'The request is not valid HTTP.');
  });
}
