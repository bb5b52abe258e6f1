// npm start: serves the chat page and the API on HOST:PORT (default 127.0.0.1:8787), after
// fetching the model and building the index when they are missing or stale.
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { createApp } from '../server/app';
import { createServices } from '../node/services';
import { openIndex } from '../node/store/open';
import { runCli } from './run';
import type { Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { limitHttpServer } from '../node/http-limits';
import { Arrivals } from '../node/arrivals';
import type { HttpBindings } from '@hono/node-server';

runCli(async () => {
  const config = loadConfig();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const opened = await openIndex(config, { log });
  const webRoot = relative(process.cwd(), resolve(PROJECT_ROOT, 'web')) || '.';
  const arrivals = new Arrivals();
  const services = createServices(opened, {
    log: (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`),
    assets: serveStatic({ root: webRoot }),
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    arrivedAt: (c) => arrivals.take((c.env as HttpBindings).incoming.socket),
  });
  const app = createApp(services, config.app);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
    log(`report-qa is serving on http://${info.address}:${info.port} (${services.health.passages} passages, ${services.health.embeddings ? 'hybrid' : 'lexical-only'} search)`);
    if (config.app.allowedHosts.length === 0) log('ALLOWED_HOSTS is not set: any Host header is served. Set it to the public host names (README, "Configuration").');
  });
  limitHttpServer(server as Server);
  arrivals.watch(server as Server);
  // the longest the loop was held: what a heavy request costs everyone else (reported when stopping)
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  await new Promise<void>((done) => {
    const stop = (signal: string): void => {
      loopDelay.disable();
      log(`${signal}: finishing open requests, then stopping. Event loop delay while serving: max ${(loopDelay.max / 1e6).toFixed(1)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms.`);
      server.close(() => done());
      setTimeout(() => done(), 5000).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    server.on('error', (err: Error) => {
      log(`The server could not listen on ${config.host}:${config.port}: ${err.message}`);
      process.exit(1);
    });
  });
});
