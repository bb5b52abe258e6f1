// Node-only: what the index depends on — the seeds, their manifest, the ingestion and
// tokenisation code, the model and the script — hashed, to tell when it is stale.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { PROJECT_ROOT } from '../config';
import { MANIFEST_FILE, type Seed } from '../seeds';
import type { Fingerprint } from '../../corpus/manifest';

/** Source folders and files whose code shapes passages, tokens and the texts embedded (sentences and their clauses). */
const PIPELINE_SOURCES = ['src/ingest', 'src/text', 'src/corpus', 'src/node/jieba.ts', 'src/node/store/pipeline.ts', 'src/node/store/build.ts', 'src/retrieve/candidates.ts', 'src/retrieve/clause-meaning.ts'];

async function listSources(path: string): Promise<string[]> {
  if (!path.endsWith('.ts')) {
    const names = (await readdir(path)).filter((n) => n.endsWith('.ts')).sort();
    return names.map((n) => join(path, n));
  }
  return [path];
}

export async function pipelineHash(): Promise<string> {
  const hash = createHash('sha256');
  // jieba's own dictionary shapes the index's dictionary
  hash.update(await readFile(nodejieba.DEFAULT_DICT));
  for (const source of PIPELINE_SOURCES) {
    for (const file of await listSources(join(PROJECT_ROOT, source))) {
      hash.update(file.slice(PROJECT_ROOT.length)).update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

export async function fingerprint(
  seeds: Seed[],
  seedsDir: string,
  modelSha256: string | null,
  script: 'original' | 'simplified',
): Promise<Fingerprint> {
  const manifestPath = join(seedsDir, MANIFEST_FILE);
  const seedManifest = existsSync(manifestPath) ? createHash('sha256').update(await readFile(manifestPath)).digest('hex') : '';
  return {
    seeds: Object.fromEntries(seeds.map((s) => [s.docId, s.sha256])),
    seedManifest,
    pipeline: await pipelineHash(),
    modelSha256,
    script,
  };
}
