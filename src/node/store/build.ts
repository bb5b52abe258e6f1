// Node-only: builds the index from seeds/ — ingestion, user dictionary, lexical index,
// embeddings (reusing the vectors of unchanged passages) — into a staging folder, then
// swaps it in. A build killed at any point leaves the previous index loadable.
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Embedder } from '../embed/embedder';
import type { Seed } from '../seeds';
import { answerUnits, unitEmbeddingText } from '../../corpus/units';
import { inScript } from '../../text/script';
import { embeddingText } from '../../corpus/fields';
import { lexicalCorpus } from './pipeline';
import { candidateSource, candidatesFrom } from '../../retrieve/candidates';
import { clauseTexts } from '../../retrieve/clause-meaning';
import { BUNDLE_FORMAT, BUNDLE_LIMIT_BYTES, type IndexBundle } from '../../corpus/bundle';
import { INDEX_FORMAT, type Fingerprint, type IndexManifest } from '../../corpus/manifest';
import { recordFiles } from './integrity';
import { MANIFEST, stagingDir, swapIn, withBuildLock } from './swap';
import type { VectorItem } from '../../corpus/vector-table';
import { readVectorTable, writeVectorTable } from './vector-file';

export const FILES = {
  passages: 'passages.jsonl',
  documents: 'documents.json',
  lexical: 'lexical.json',
  userWords: 'userdict.txt',
  dictionary: 'dictionary.txt',
  /** vector tables (header .json + .f32): one per passage, one per answer unit */
  passageVectors: 'passage-vectors',
  sentenceVectors: 'sentence-vectors',
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

/** The vectors of the current index's table by text hash (nothing when it is unreadable: only nothing is reused). */
async function previousVectors(indexDir: string, name: string, dimensions: number): Promise<Map<string, ArrayLike<number>>> {
  try {
    const table = await readVectorTable(indexDir, name);
    return table.dimensions === dimensions ? table.byHash() : new Map();
  } catch {
    return new Map();
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
      const units = passages.flatMap((p) => answerUnits(p, budgets.get(p.docId) ?? []).map((u) => ({ id: u.id, text: inScript(unitEmbeddingText(u, p), script) })));
      // …and every clause of a sentence of several clauses (clause-meaning.ts), in the same table
      // (one passage at a time, keeping no candidate: a large corpus does not hold them all)
      const source = { ...candidateSource(passages, new Map(documents.map((d) => [d.docId, d]))), built: undefined };
      const clauses = passages.flatMap((passage) =>
        candidatesFrom([{ passage, rank: 0 }], source)
          .flatMap(clauseTexts)
          .map((cl) => ({ id: cl.id, text: inScript(cl.text, script) })),
      );
      const embeddedUnits = [...units, ...clauses];

      let reused = 0;
      let embedded = 0;
      let embeddedSentences = 0;
      if (embedder) {
        const reuse = async (name: string): Promise<Map<string, ArrayLike<number>>> => (input.reuse === false ? new Map() : previousVectors(indexDir, name, embedder.dimensions));
        const result = await embedTexts(passages.map((p) => embeddingText(p, script)), embedder, await reuse(FILES.passageVectors), 'passage embeddings', log);
        embedded = result.embedded;
        reused = passages.length - embedded;
        const items: VectorItem[] = passages.map((p, i) => ({ id: p.id, hash: result.hashes[i] ?? '', vector: result.vectors[i] ?? [] }));
        await writeVectorTable(staging, FILES.passageVectors, items, embedder.dimensions, { searched: true });

        const sentences = await embedTexts(embeddedUnits.map((u) => u.text), embedder, await reuse(FILES.sentenceVectors), 'sentence and clause embeddings', log);
        embeddedSentences = sentences.embedded;
        const sentenceItems: VectorItem[] = embeddedUnits.map((u, i) => ({ id: u.id, hash: sentences.hashes[i] ?? '', vector: sentences.vectors[i] ?? [] }));
        await writeVectorTable(staging, FILES.sentenceVectors, sentenceItems, embedder.dimensions);
      } else {
        log('  no embedding model: lexical index only');
      }

      const passageLines = passages.map((p) => JSON.stringify(p)).join('\n') + '\n';
      const documentsJson = JSON.stringify(documents);
      await writeFile(join(staging, FILES.passages), passageLines);
      await writeFile(join(staging, FILES.documents), documentsJson);
      await writeFile(join(staging, FILES.lexical), lexical);
      await writeFile(join(staging, FILES.userWords), userWords.join('\n') + '\n');
      await writeFile(join(staging, FILES.dictionary), dictionary);
      // the bundle holds the same three again: its size is known before it is put together
      const bundleBytes = passageLines.length + documentsJson.length + lexical.length;
      if (bundleBytes <= BUNDLE_LIMIT_BYTES) {
        const bundle: IndexBundle = { format: BUNDLE_FORMAT, script, builtAt: new Date(started).toISOString(), passages, documents, lexical, userWords };
        await writeFile(join(staging, FILES.bundle), JSON.stringify(bundle));
      } else {
        log(`  no Worker bundle: ≈ ${(bundleBytes / 2 ** 20).toFixed(0)} MB is past what a Worker can hold (${BUNDLE_LIMIT_BYTES / 2 ** 20} MB)`);
      }
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
        clauses: clauses.length,
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
      log(`Index built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${seeds.length} documents, ${passages.length} passages (${embedded} embedded, ${reused} reused), ${units.length} sentences and ${clauses.length} clauses (${embeddedSentences} embedded).`);
      return manifest;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
}
