// Starts the real app on 127.0.0.1 (a free port) for the tests, over a freshly built index.
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '../../src/node/config';
import { createApp, type AccessLogEntry } from '../../src/server/app';
import type { AppOptions } from '../../src/server/settings';
import { createServices } from '../../src/node/services';
import { openIndex, type OpenedIndex } from '../../src/node/store/open';
import { ROOT } from '../helpers';
import type { Server } from 'node:http';
import { limitHttpServer } from '../../src/node/http-limits';
import { Arrivals } from '../../src/node/arrivals';
import type { HttpBindings } from '@hono/node-server';
import type { Services } from '../../src/server/app';

export interface TestServer {
  url: string;
  log: AccessLogEntry[];
  close: () => Promise<void>;
}

let opening: Promise<OpenedIndex> | null = null;

/** One index built from seeds/ into a temp folder, shared by the servers a test file starts. */
function freshIndex(): Promise<OpenedIndex> {
  opening ??= mkdtemp(join(tmpdir(), 'report-qa-server-')).then((dir) => openIndex({ ...loadConfig(), indexDir: join(dir, 'index') }));
  return opening;
}

export async function startServer(options: AppOptions = {}, extra: Pick<Services, 'slackAckMs' | 'arrivedAt'> = {}): Promise<TestServer> {
  const opened = await freshIndex();
  const log: AccessLogEntry[] = [];
  const arrivals = new Arrivals();
  const services = createServices(opened, {
    log: (entry) => log.push(entry),
    assets: serveStatic({ root: relative(process.cwd(), join(ROOT, 'web')) || '.' }),
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    arrivedAt: (c) => arrivals.take((c.env as HttpBindings).incoming.socket),
    ...extra,
  });
  const app = createApp(services, options);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  limitHttpServer(server as Server);
  arrivals.watch(server as Server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
