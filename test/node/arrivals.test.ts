import { createServer, request, Agent, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arrivals } from '../../src/node/arrivals';

describe('the accept time of a connection', () => {
  const arrivals = new Arrivals();
  const seen: (number | undefined)[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    seen.push(arrivals.take(req.socket));
    res.end('ok');
  });
  let port = 0;
  beforeAll(async () => {
    arrivals.watch(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('is given to the first request on a connection, not to the later ones on it', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = (): Promise<void> =>
      new Promise((done, fail) => request({ host: '127.0.0.1', port, agent }, (res) => res.resume().on('end', done)).on('error', fail).end());
    const before = performance.now();
    await get();
    await get();
    agent.destroy();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeGreaterThanOrEqual(before);
    expect(seen[0]).toBeLessThanOrEqual(performance.now());
    expect(seen[1]).toBeUndefined();
  });
});
