// npm run bench:scale [-- --sizes 1000,10000,100000]: how the index and the server grow. For
// each size, a synthetic corpus of that many passages is grown from the bundled reports (their
// figures varied, src/node/bench/synthetic.ts), built by the real pipeline in a child process,
// then served by `npm start`'s server: build time (and its estimate with every text embedded
// by the model), index size on disk, the Worker bundle's size and the heap it takes once
// opened, the server's load time, warm /api/ask p50/p95, and the server's peak RSS.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { openBundle } from '../corpus/bundle';
import { percentile } from '../eval/stats';
import { writeSyntheticSeeds } from '../node/bench/synthetic';
import { TemplateEmbedder } from '../node/bench/template-embedder';
import { peakRssMb, startServer } from '../node/bench/server';
import { loadConfig, PROJECT_ROOT } from '../node/config';
import { loadEmbedder } from '../node/embed/embedder';
import { readEvalFile } from '../node/eval-file';
import { readSeeds } from '../node/seeds';
import { buildIndex, FILES } from '../node/store/build';
import { fingerprint } from '../node/store/fingerprint';
import { DEFAULT_SCRIPT, ensureModel, modelSha } from '../node/store/open';
import { runCli, UsageError } from './run';

const run = promisify(execFile);
const usage = 'Usage: npm run bench:scale [-- --sizes 1000,10000,100000]';
/** rounds of the question set asked of each warm server */
const ROUNDS = 2;
/** the heap the measured server may take (Node's default stops near 4 GB; 100k passages need more) */
const SERVER_HEAP_MB = 12_288;

const BuildReportSchema = z.object({
  documents: z.number(),
  passages: z.number(),
  sentences: z.number(),
  buildMs: z.number(),
  embedded: z.number(),
  embedMs: z.number(),
  derived: z.number(),
  peakRssMb: z.number(),
});
type BuildReport = z.infer<typeof BuildReportSchema>;
const BundleReportSchema = z.object({ heapMb: z.number(), openMs: z.number() });

/** In a child process of its own (so its peak RSS is the build's): grows and builds one size. */
async function buildChild(size: number, work: string): Promise<BuildReport> {
  const config = loadConfig();
  const seeds = await readSeeds(config.seedsDir);
  const corpus = await writeSyntheticSeeds(seeds, config.seedsDir, join(work, 'seeds'), size);
  const synthetic = await readSeeds(corpus.dir);
  const model = await ensureModel(config, () => {});
  if (!model) throw new UsageError('bench:scale needs the embedding model: set MODELS_DIR or run `npm run model:fetch`.');
  const embedder = new TemplateEmbedder(await loadEmbedder(model));
  const script = config.indexScript ?? DEFAULT_SCRIPT;
  const fp = await fingerprint(synthetic, corpus.dir, modelSha(model), script);
  const started = performance.now();
  const manifest = await buildIndex({ indexDir: join(work, 'index'), seeds: synthetic, fingerprint: fp, embedder });
  return {
    documents: manifest.documents,
    passages: manifest.passages,
    sentences: manifest.sentences,
    buildMs: performance.now() - started,
    embedded: embedder.embedded,
    embedMs: embedder.embedMs,
    derived: embedder.derived,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** In a child process of its own: the heap the Worker bundle takes once parsed and opened. */
async function bundleChild(file: string): Promise<z.infer<typeof BundleReportSchema>> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const opened = openBundle(JSON.parse(await readFile(file, 'utf8')));
  const openMs = performance.now() - started;
  gc?.();
  const after = process.memoryUsage();
  if (opened.passages.length === 0) throw new Error('The bundle holds no passages.');
  return { heapMb: (after.heapUsed + after.external - before.heapUsed - before.external) / 2 ** 20, openMs };
}

async function inChild<T>(args: string[], schema: z.ZodType<T>): Promise<T> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', join(PROJECT_ROOT, 'src/cli/bench-scale.ts'), ...args], {
    cwd: PROJECT_ROOT,
    maxBuffer: 1 << 20,
  });
  return schema.parse(JSON.parse(stdout.trim().split('\n').pop() ?? ''));
}

async function folderMb(dir: string): Promise<number> {
  let bytes = 0;
  for (const name of await readdir(dir)) bytes += (await stat(join(dir, name))).size;
  return bytes / 2 ** 20;
}

const mb = (x: number): string => `${x.toFixed(x < 10 ? 1 : 0)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function measure(size: number, questions: string[], out: (line: string) => void): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `report-qa-scale-${size}-`));
  try {
    const build = await inChild(['--child', 'build', '--size', String(size), '--work', work], BuildReportSchema);
    const indexDir = join(work, 'index');
    const perText = build.embedMs / Math.max(1, build.embedded);
    out(`${build.passages} passages (${build.documents} reports, ${build.sentences} sentences)`);
    out(`  build: ${seconds(build.buildMs)} with ${build.derived} of ${build.embedded + build.derived} vectors derived from their template; with every text embedded (${(1000 / perText).toFixed(0)} texts/s measured): ≈ ${seconds(build.buildMs + build.derived * perText)} · build peak RSS ${mb(build.peakRssMb)}`);
    out(`  index on disk: ${mb(await folderMb(indexDir))}`);
    const bundleFile = join(indexDir, FILES.bundle);
    const bundleBytes = await stat(bundleFile).then((s) => s.size, () => null);
    if (bundleBytes === null) {
      out('  Worker bundle: not written (past what a Worker can hold)');
    } else {
      const gzipMb = gzipSync(await readFile(bundleFile)).length / 2 ** 20;
      const opened = await inChild(['--child', 'bundle', '--bundle', bundleFile], BundleReportSchema);
      out(`  Worker bundle: ${mb(bundleBytes / 2 ** 20)} (${mb(gzipMb)} gzip) · heap once opened ${mb(opened.heapMb)} (a Worker has 128 MB) · opened in ${seconds(opened.openMs)}`);
    }
    // past Node's default heap limit at 100k passages: the server is given the room it needs, and its RSS says how much it took
    const server = await startServer({ SEEDS_DIR: join(work, 'seeds'), INDEX_DIR: indexDir, NODE_OPTIONS: `--max-old-space-size=${SERVER_HEAP_MB}` }, 15 * 60_000);
    try {
      const health = z.object({ passages: z.number() }).parse(await (await fetch(`${server.base}/api/health`)).json());
      if (health.passages !== build.passages) throw new Error(`The server loaded ${health.passages} passages, not ${build.passages}.`);
      const ask = async (question: string): Promise<{ ms: number; status: number; found: boolean }> => {
        const started = performance.now();
        const res = await fetch(`${server.base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
        const body = z.object({ found: z.boolean().optional() }).parse(await res.json());
        return { ms: performance.now() - started, status: res.status, found: body.found === true };
      };
      for (const q of questions.slice(0, 10)) await ask(q); // warm-up
      const asks: { ms: number; status: number; found: boolean }[] = [];
      for (let r = 0; r < ROUNDS; r++) for (const q of questions) asks.push(await ask(q));
      const answered = asks.filter((a) => a.status === 200);
      const times = answered.map((a) => a.ms);
      const failed = asks.length - answered.length;
      out(`  server: ready in ${seconds(server.readyMs)} · warm /api/ask p50 ${percentile(times, 0.5).toFixed(1)} ms · p95 ${percentile(times, 0.95).toFixed(1)} ms (${asks.length} asks, ${((100 * answered.filter((a) => a.found).length) / asks.length).toFixed(0)} % found${failed ? `, ${failed} not answered: ${[...new Set(asks.filter((a) => a.status !== 200).map((a) => a.status))].join(', ')}` : ''}) · peak RSS ${mb(peakRssMb(server.child.pid ?? 0) ?? 0)}`);
    } finally {
      await server.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

runCli(async () => {
  let args;
  try {
    args = parseArgs({ options: { sizes: { type: 'string' }, child: { type: 'string' }, size: { type: 'string' }, work: { type: 'string' }, bundle: { type: 'string' } }, strict: true }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message}. ${usage}`);
  }
  if (args.child === 'build') return void process.stdout.write(`${JSON.stringify(await buildChild(Number(args.size), args.work ?? ''))}\n`);
  if (args.child === 'bundle') return void process.stdout.write(`${JSON.stringify(await bundleChild(args.bundle ?? ''))}\n`);
  const sizes = (args.sizes ?? '1000,10000,100000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new UsageError(`--sizes is a comma-separated list of passage counts. ${usage}`);
  const questions = (await readEvalFile(join(PROJECT_ROOT, 'test/fixtures/dev-questions.jsonl'))).filter((i) => !i.history).map((i) => i.question);
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  for (const size of sizes) await measure(size, questions, out);
});
