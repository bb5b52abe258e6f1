// Node-only, for the benchmarks: `npm start`'s server as a child process on a free 127.0.0.1
// port, its readiness, its peak memory, and its end (by its PID, SIGTERM).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

/** Peak resident set size of a process, MB (Linux /proc). */
export function peakRssMb(pid: number): number | null {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface BenchServer {
  base: string;
  port: number;
  child: ChildProcess;
  /** from the spawn to the first healthy answer: model, index check and load */
  readyMs: number;
  /** ends the server and resolves with what it logged on stderr */
  stop(): Promise<string>;
}

/**
 * Node's flags for the server, as `npm start` (package.json) runs it. A heap growing factor of
 * 1.5 (V8 picks up to 4 by itself) collects the old generation when it is half again the size it
 * held after the last collection: what each answer leaves behind no longer piles up to ≈ 250 MB
 * of heap before a full collection (`npm run bench` peak RSS 321–352 MB over twelve runs against
 * 477–513 MB, p50 and throughput unchanged). It is relative to the live heap, so a 100k-passage
 * index grows the same way. The young generation is left at Node's own size (16 MB semi-spaces
 * on 64 bits; the same scavenges an answer as with the flag given): with 4 MB ones, most of an
 * answer's few MB were still live at each scavenge — ≈ 1 scavenge an answer, 1.8 ms of collection
 * an answer against 0.8–1.1 ms (in process, the dev set) — for the same peak RSS under the bench
 * (409–419 MB against 421–422 MB).
 */
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=50'];

export async function startServer(env: NodeJS.ProcessEnv = {}, readyWithinMs = 60_000): Promise<BenchServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', join(PROJECT_ROOT, 'src/cli/serve.ts')], {
    cwd: PROJECT_ROOT,
    // the rate limit is the bench's own load here, not what is measured
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), RATE_LIMIT_PER_MINUTE: '100000', API_KEYS: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<string> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    return log;
  };
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped before it was ready:\n${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > readyWithinMs) {
      await stop();
      throw new Error(`The server did not become ready within ${readyWithinMs / 1000} s.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, port, child, readyMs: performance.now() - started, stop };
}
