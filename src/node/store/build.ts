// Node-only: builds the index from seeds/ — ingestion, user dictionary, lexical index,
// embeddings (reusing the vectors of unchanged passages) — into a staging folder, then
// swaps it in. A build killed at any point leaves the previous index loadable.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder';
import type { Seed } from '../seeds';
import { answerUnits, unitEmbeddingText } from '../../corpus/units';
import { inScript } from '../../text/script';
import { embeddingText } from '../../corpus/fields';
import { lexicalCorpus } from './pipeline';
import { BUNDLE_FORMAT, type IndexBundle } from '../../corpus/bundle';
import { INDEX_FORMAT, type Fingerprint, type IndexManifest } from '../../corpus/manifest';
import { recordFiles } from './integrity';
import { MANIFEST, stagingDir, swapIn, withBuildLock } from './swap';
import { encodeSentenceVectors, SentenceVectorFileSchema, SentenceVectors, type SentenceVectorItem } from '../../corpus/sentence-vectors';
import { readVectors, writeVectors, type VectorItem } from './vectors';

export const FILES = {
  passages: 'passages.jsonl',
  documents: 'documents.json',
  lexical: 'lexical.json',
  userWords: 'userdict.txt',
  dictionary: 'dictionary.txt',
  vectors: 'vectors',
  sentences: 'sentences.json',
  /** the runtime-neutral bundle the Worker answers from */
  bundle: 'bundle.json',
} as const;

export interface BuildInput {
  indexDir: string;
  seeds: Seed[];
  fingerprint: Fingerprint;
  embedder: Embedder | null;
  log?: (line: string) => void;
  /** reuse the vectors of unchanged texts from the current index (not when its vector files are damaged) */
  reuse?: boolean;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Vectors for texts, reusing those of unchanged texts (by the sha256 of the text); the new
 * ones are embedded shortest first, so that a batch pads little.
 */
async function embedTexts(
  texts: string[],
  embedder: Embedder,
  previous: Map<string, ArrayLike<number>>,
  what: string,
  log: (line: string) => void,
): Promise<{ vectors: ArrayLike<number>[]; hashes: string[]; embedded: number }> {
  const hashes = texts.map(sha);
  const todo = texts
    .map((_, i) => i)
    .filter((i) => !previous.has(hashes[i] ?? ''))
    .sort((a, b) => (texts[a]?.length ?? 0) - (texts[b]?.length ?? 0));
  const fresh = new Map<number, number[]>();
  const started = Date.now();
  const step = 64;
  for (let k = 0; k < todo.length; k += step) {
    const chunk = todo.slice(k, k + step);
    const vectors = await embedder.embed(chunk.map((i) => texts[i] ?? ''));
    chunk.forEach((i, j) => fresh.set(i, vectors[j] ?? []));
    const done = Math.min(k + step, todo.length);
    const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
    log(`  ${what} ${done}/${todo.length} (${rate.toFixed(0)}/s)`);
  }
  const vectors = texts.map((_, i) => fresh.get(i) ?? previous.get(hashes[i] ?? '') ?? []);
  return { vectors, hashes, embedded: todo.length };
}

async function previousSentenceVectors(indexDir: string, dimensions: number): Promise<Map<string, ArrayLike<number>>> {
  const path = join(indexDir, FILES.sentences);
  if (!existsSync(path)) return new Map();
  try {
    const parsed = SentenceVectorFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (!parsed.success || parsed.data.dimensions !== dimensions) return new Map();
    return SentenceVectors.fromFile(parsed.data).byHash();
  } catch {
    return new Map(); // an unreadable old file only means nothing is reused
  }
}

export async function buildIndex(input: BuildInput): Promise<IndexManifest> {
  const log = input.log ?? (() => {});
  const { indexDir, seeds, fingerprint, embedder } = input;
  const script = fingerprint.script;
  return withBuildLock(indexDir, async () => {
    const started = Date.now();
    const staging = stagingDir(indexDir);
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    try {
      log(`Reading ${seeds.length} documents …`);
      const { passages, documents, userWords, dictionary, lexical } = lexicalCorpus(seeds, script);
      log(`  ${passages.length} passages`);

      const budgets = new Map(documents.map((d) => [d.docId, d.budget]));
      const units = passages.flatMap((p) => answerUnits(p, budgets.get(p.docId) ?? []).map((u) => ({ unit: u, text: inScript(unitEmbeddingText(u, p), script) })));

      let reused = 0;
      let embedded = 0;
      let embeddedSentences = 0;
      if (embedder) {
        const previous = new Map<string, ArrayLike<number>>();
        const oldVectors = join(indexDir, FILES.vectors);
        // an unreadable old file (a damaged index being repaired) only means nothing is reused
        const old = input.reuse !== false && existsSync(oldVectors) ? await readVectors(oldVectors).catch(() => []) : [];
        for (const v of old) if (v.vector.length === embedder.dimensions) previous.set(v.textHash, v.vector);
        const result = await embedTexts(passages.map((p) => embeddingText(p, script)), embedder, previous, 'passage embeddings', log);
        embedded = result.embedded;
        reused = passages.length - embedded;
        const items: VectorItem[] = passages.map((p, i) => ({ id: p.id, textHash: result.hashes[i] ?? '', vector: Array.from(result.vectors[i] ?? []) }));
        await writeVectors(join(staging, FILES.vectors), items);

        const sentences = await embedTexts(units.map((u) => u.text), embedder, input.reuse === false ? new Map() : await previousSentenceVectors(indexDir, embedder.dimensions), 'sentence embeddings', log);
        embeddedSentences = sentences.embedded;
        const sentenceItems: SentenceVectorItem[] = units.map((u, i) => ({ id: u.unit.id, hash: sentences.hashes[i] ?? '', vector: sentences.vectors[i] ?? [] }));
        await writeFile(join(staging, FILES.sentences), JSON.stringify(encodeSentenceVectors(sentenceItems, embedder.dimensions)));
      } else {
        log('  no embedding model: lexical index only');
      }

      await writeFile(join(staging, FILES.passages), passages.map((p) => JSON.stringify(p)).join('\n') + '\n');
      await writeFile(join(staging, FILES.documents), JSON.stringify(documents));
      await writeFile(join(staging, FILES.lexical), lexical);
      await writeFile(join(staging, FILES.userWords), userWords.join('\n') + '\n');
      await writeFile(join(staging, FILES.dictionary), dictionary);
      const bundle: IndexBundle = { format: BUNDLE_FORMAT, script, builtAt: new Date(started).toISOString(), passages, documents, lexical, userWords };
      await writeFile(join(staging, FILES.bundle), JSON.stringify(bundle));
      const manifest: IndexManifest = {
        format: INDEX_FORMAT,
        model: embedder && fingerprint.modelSha256 ? { id: embedder.modelId, dimensions: embedder.dimensions, sha256: fingerprint.modelSha256 } : null,
        script,
        seeds: fingerprint.seeds,
        seedManifest: fingerprint.seedManifest,
        pipeline: fingerprint.pipeline,
        documents: seeds.length,
        passages: passages.length,
        sentences: units.length,
        userWords: userWords.length,
        builtAt: new Date().toISOString(),
        buildMs: Date.now() - started,
        embeddedPassages: embedded,
        reusedEmbeddings: reused,
        embeddedSentences,
        files: await recordFiles(staging),
      };
      // the manifest is written last: a staging folder with a manifest is complete
      await writeFile(join(staging, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
      await swapIn(staging, indexDir);
      log(`Index built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${seeds.length} documents, ${passages.length} passages (${embedded} embedded, ${reused} reused), ${units.length} sentences (${embeddedSentences} embedded).`);
      return manifest;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
}
