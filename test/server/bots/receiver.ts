// A local HTTP receiver on 127.0.0.1 standing in for Slack's and LINE's APIs: it records each
// call (path, headers, JSON body) and answers as they do.
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface Receiver {
  url: string;
  calls: ReceivedCall[];
  /** the next call to `path`, waiting up to `ms` */
  next: (path: string, ms?: number) => Promise<ReceivedCall>;
  close: () => Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const calls: ReceivedCall[] = [];
  const waiting: { path: string; done: (c: ReceivedCall) => void }[] = [];
  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const call = { path: req.url ?? '', headers: req.headers, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
    calls.push(call);
    for (const w of waiting.filter((x) => x.path === call.path)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.done(call);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    next: (path, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no call to ${path} within ${ms} ms`)), ms);
        waiting.push({ path, done: (c) => (clearTimeout(timer), resolve(c)) });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
