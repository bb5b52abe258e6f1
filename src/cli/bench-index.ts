// npm run bench:index: a full build of the bundled reports from scratch (no reused
// vectors) into a temporary folder — build time, passages per second, peak RSS — then warm
// search latency over the questions of an evaluation file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { readEvalFile } from '../node/eval-file';
import { openIndex } from '../node/store/open';
import { passageSearch } from '../node/services';
import { percentile } from '../eval/stats';
import { runCli } from './run';

runCli(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'report-qa-bench-'));
  try {
    const config = { ...loadConfig(), indexDir: join(dir, 'index') };
    const started = performance.now();
    const opened = await openIndex(config, { force: true });
    const seconds = (performance.now() - started) / 1000;
    const m = opened.index.manifest;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`full build: ${seconds.toFixed(1)} s (index itself ${(m.buildMs / 1000).toFixed(1)} s) · ${m.documents} documents · ${m.passages} passages · ${(m.passages / (m.buildMs / 1000)).toFixed(0)} passages/s · peak RSS ${rssMb.toFixed(0)} MB\n`);

    const file = process.argv[2] ? resolve(process.argv[2]) : resolve(PROJECT_ROOT, 'test/fixtures/dev-questions.jsonl');
    if (!existsSync(file)) return;
    const questions = (await readEvalFile(file)).map((i) => i.question);
    const search = passageSearch(opened);
    for (const q of questions.slice(0, 5)) await search.search(q, 5); // warm-up
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of questions) {
        const t = performance.now();
        await search.search(q, 5);
        times.push(performance.now() - t);
      }
    }
    process.stdout.write(`warm search over ${times.length} queries: p50 ${percentile(times, 0.5).toFixed(1)} ms · p95 ${percentile(times, 0.95).toFixed(1)} ms\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
