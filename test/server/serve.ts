// Starts the real app on 127.0.0.1 (a free port) for the tests, over a freshly built index.
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '../../src/node/config';
import { createApp, type AccessLogEntry, type AppOptions } from '../../src/server/app';
import { createServices } from '../../src/node/services';
import { openIndex } from '../../src/node/store/open';
import { ROOT } from '../helpers';

export interface TestServer {
  url: string;
  log: AccessLogEntry[];
  close: () => Promise<void>;
}

export async function startServer(options: AppOptions = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), 'report-qa-server-'));
  const opened = await openIndex({ ...loadConfig(), indexDir: join(dir, 'index') });
  const log: AccessLogEntry[] = [];
  const services = createServices(opened, {
    log: (entry) => log.push(entry),
    assets: serveStatic({ root: relative(process.cwd(), join(ROOT, 'web')) || '.' }),
  });
  const app = createApp(services, options);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
