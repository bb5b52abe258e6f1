// npm run bench:processes: does a second server process pay for its memory on this machine?
// Eight concurrent clients ask the question set of one server, then of two servers (the
// clients spread over them in turn, as node:cluster spreads connections): answers per second,
// p50/p95, and the servers' peak RSS added up.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { peakRssMb, startServer, type BenchServer } from '../node/bench/server';
import { percentile } from '../eval/stats';
import { runCli } from './run';

const CLIENTS = 8;
const ROUNDS = 3;

async function load(servers: BenchServer[], questions: string[]): Promise<{ perSecond: number; times: number[] }> {
  const ask = async (base: string, question: string): Promise<number> => {
    const started = performance.now();
    const res = await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`/api/ask answered ${res.status}`);
    return performance.now() - started;
  };
  for (const s of servers) for (const q of questions.slice(0, 10)) await ask(s.base, q); // warm-up
  const queue = Array.from({ length: ROUNDS }, () => questions).flat();
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const base = servers[client % servers.length]?.base ?? '';
      for (let q = queue.shift(); q !== undefined; q = queue.shift()) times.push(await ask(base, q));
    }),
  );
  return { perSecond: times.length / ((performance.now() - started) / 1000), times };
}

runCli(async () => {
  const questions = (await readEvalFile(join(PROJECT_ROOT, 'test/fixtures/dev-questions.jsonl'))).filter((i) => !i.history).map((i) => i.question);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  for (const processes of [1, 2]) {
    const servers: BenchServer[] = [];
    try {
      // started one after the other: two model loads at once would only measure the start
      for (let i = 0; i < processes; i++) servers.push(await startServer());
      const { perSecond, times } = await load(servers, questions);
      const rss = servers.reduce((sum, s) => sum + (peakRssMb(s.child.pid ?? 0) ?? 0), 0);
      out(`${processes} process${processes > 1 ? 'es' : ''}, ${CLIENTS} clients: ${perSecond.toFixed(0)} answers/s · p50 ${percentile(times, 0.5).toFixed(0)} ms · p95 ${percentile(times, 0.95).toFixed(0)} ms · peak RSS ${rss.toFixed(0)} MB in all`);
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }
});
