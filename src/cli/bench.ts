// npm run bench: /api/ask over HTTP on a warm server — p50/p95 for one client and for eight
// concurrent clients — the same questions through /v1/chat/completions (what the OpenAI
// wrapper adds), and the server's peak RSS. Starts `npm start`'s server as a child
// process on a free 127.0.0.1 port and ends it (by its PID) when done.
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { percentile } from '../eval/stats';
import { runCli } from './run';
import { peakRssMb, startServer } from '../node/bench/server';

const ROUNDS = 5;
/** questions sent at once to see the server shed what it cannot take */
const BURST = 200;

/** A POST on a connection of its own (fetch would queue the burst on a few pooled connections). */
function rawPost(port: number, path: string, body: unknown): Promise<{ status: number; retry: string | null; ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, retry: (res.headers['retry-after'] as string | undefined) ?? null, ms: performance.now() - started }));
    });
    req.on('error', fail);
    req.end(JSON.stringify(body));
  });
}

runCli(async () => {
  const file = process.argv[2] ? resolve(process.argv[2]) : join(PROJECT_ROOT, 'test/fixtures/dev-questions.jsonl');
  const questions = (await readEvalFile(file)).filter((i) => !i.history).map((i) => i.question);
  const server = await startServer();
  const { base, port } = server;
  try {
    const timed = async (path: string, body: unknown): Promise<number> => {
      const started = performance.now();
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      return performance.now() - started;
    };
    const ask = (question: string): Promise<number> => timed('/api/ask', { question });
    const chat = (question: string): Promise<number> => timed('/v1/chat/completions', { model: 'report-qa', messages: [{ role: 'user', content: question }] });
    for (const q of questions.slice(0, 10)) await ask(q); // warm-up

    const single: number[] = [];
    const viaChat: number[] = [];
    // the two interleaved, question by question, so that both see the same warm server
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of questions) {
        single.push(await ask(q));
        viaChat.push(await chat(q));
      }
    }

    const concurrent: number[] = [];
    const queue = Array.from({ length: ROUNDS }, () => questions).flat();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let q = queue.shift(); q !== undefined; q = queue.shift()) concurrent.push(await ask(q));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const out = (line: string): void => void process.stdout.write(`${line}\n`);
    out(`/api/ask over HTTP, ${questions.length} questions × ${ROUNDS} rounds`);
    out(`  1 client : p50 ${percentile(single, 0.5).toFixed(1)} ms · p95 ${percentile(single, 0.95).toFixed(1)} ms`);
    out(`  /v1/chat/completions, 1 client: p50 ${percentile(viaChat, 0.5).toFixed(1)} ms · p95 ${percentile(viaChat, 0.95).toFixed(1)} ms (the wrapper adds ${(percentile(viaChat, 0.5) - percentile(single, 0.5)).toFixed(1)} ms at p50)`);
    out(`  8 clients: p50 ${percentile(concurrent, 0.5).toFixed(1)} ms · p95 ${percentile(concurrent, 0.95).toFixed(1)} ms · ${(concurrent.length / seconds).toFixed(0)} answers/s`);
    // a burst: 200 questions at once — each answered, or refused at once with 503 + Retry-After
    const burst = await Promise.all(
      Array.from({ length: BURST }, (_, i) => rawPost(port, '/api/ask', { question: questions[i % questions.length] })),
    );
    const answered = burst.filter((b) => b.status === 200);
    const shed = burst.filter((b) => b.status === 503 && b.retry);
    out(`  burst of ${BURST}: ${answered.length} answered (p95 ${percentile(answered.map((b) => b.ms), 0.95).toFixed(0)} ms), ${shed.length} shed with 503 + Retry-After, ${BURST - answered.length - shed.length} otherwise`);

    // one heavy request (a 2,000-character paste with a 20,000-character history turn) next to a normal one
    const paste = questions.join('').slice(0, 1990) + '多少人？';
    const heavy = timed('/api/ask', { question: paste, history: [{ role: 'user', content: paste.repeat(10).slice(0, 20_000) }, { role: 'assistant', content: '…' }] });
    const normalDuringHeavy = await ask(questions[0] ?? '');
    const heavyMs = await heavy;
    out(`  a heavy request: ${heavyMs.toFixed(0)} ms; a normal one beside it: ${normalDuringHeavy.toFixed(0)} ms`);
    const rss = peakRssMb(server.child.pid ?? 0);
    out(`  server peak RSS ${rss === null ? 'unknown' : `${rss.toFixed(0)} MB`}`);
  } finally {
    const serverLog = await server.stop();
    const delay = /Event loop delay while serving: (.*)\./.exec(serverLog)?.[1];
    process.stdout.write(`  server event loop delay: ${delay ?? 'not reported'}\n`);
  }
});
