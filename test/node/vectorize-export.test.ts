// npm run worker:vectors against a local HTTP receiver standing in for Cloudflare's Workers
// AI REST API: every passage embedded once, in batches, with the token; NDJSON Vectorize loads.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportVectorize } from '../../src/node/vectorize-export';
import { ROOT } from '../helpers';

let server: Server;
let base: string;
const seen: { url: string; auth: string; texts: number }[] = [];

const bodyOf = async (req: IncomingMessage): Promise<string> => {
  let s = '';
  for await (const chunk of req) s += chunk;
  return s;
};

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const { text } = JSON.parse(await bodyOf(req)) as { text: string[] };
    seen.push({ url: req.url ?? '', auth: req.headers.authorization ?? '', texts: text.length });
    if (req.headers.authorization !== 'Bearer good-token') {
      res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ success: false, errors: [{ message: 'Authentication error' }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, result: { shape: [text.length, 1024], data: text.map((_, i) => Array.from({ length: 1024 }, (__, k) => (k === i % 1024 ? 1 : 0))) } }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/client/v4`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const options = async (apiToken: string) => ({
  bundlePath: join(ROOT, 'index/bundle.json'),
  outPath: join(await mkdtemp(join(tmpdir(), 'report-qa-vectorize-')), 'vectorize.ndjson'),
  accountId: 'acc123',
  apiToken,
  apiBase: base,
  batch: 50,
});

describe('npm run worker:vectors', () => {
  it('writes one Vectorize record per passage, embedded with bge-m3 in batches', async () => {
    const o = await options('good-token');
    const count = await exportVectorize(o);
    const bundle = JSON.parse(await readFile(o.bundlePath, 'utf8')) as { passages: { id: string }[] };
    expect(count).toBe(bundle.passages.length);
    const records = (await readFile(o.outPath, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; values: number[]; metadata: { docId: string } });
    expect(records.map((r) => r.id)).toEqual(bundle.passages.map((p) => p.id));
    expect(records.every((r) => r.values.length === 1024 && r.metadata.docId.length > 0)).toBe(true);
    expect(seen[0]?.url).toBe('/client/v4/accounts/acc123/ai/run/@cf/baai/bge-m3');
    expect(Math.max(...seen.map((s) => s.texts))).toBe(50);
  });

  it('says plainly when the token is refused', async () => {
    await expect(exportVectorize(await options('bad'))).rejects.toThrow(/Workers AI answered 401: Authentication error/);
  });

  it('asks for the account and token when they are missing, and exits non-zero', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, CLOUDFLARE_ACCOUNT_ID: '', CLOUDFLARE_API_TOKEN: '' };
    const err = await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/worker-vectors.ts')], { cwd: ROOT, env }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain('Set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN');
  });
});
