// Node-only: everything needed before answering — the model (fetched when missing), the
// index (rebuilt when missing or stale), the word cutter with the index's user words.
import type { Config } from '../config';
import { loadEmbedder, MODEL_THREADS, type Embedder } from '../embed/embedder';
import { fetchModel } from '../embed/fetch';
import { resolveModel, verifyModel, type ResolvedModel } from '../embed/model';
import { MODEL_FILES, MODEL_ID } from '../embed/provenance';
import { readSeeds } from '../seeds';
import { jiebaCutter } from '../jieba';
import type { Script } from '../../text/script';
import type { WordCutter } from '../../text/segment';
import { buildIndex } from './build';
import { fingerprint } from './fingerprint';
import { staleReason } from '../../corpus/manifest';
import { DamagedIndexError } from './integrity';
import { IndexError, isVectorFile, loadIndex, readManifest, type LoadedIndex } from './load';

/** The script the index is built in unless INDEX_SCRIPT says otherwise (see README: measured). */
export const DEFAULT_SCRIPT: Script = 'simplified';

export interface OpenedIndex {
  index: LoadedIndex;
  embedder: Embedder | null;
  cutter: WordCutter;
  script: Script;
}

export type Log = (line: string) => void;

/** The model to embed with; fetched into ./models when there is none. Null when unobtainable. */
export async function ensureModel(config: Config, log: Log): Promise<ResolvedModel | null> {
  let model = resolveModel(config);
  if (!model) {
    log('No embedding model found: fetching it (npm run model:fetch) …');
    try {
      await fetchModel(config.projectModelsDir, { log });
      model = resolveModel(config);
    } catch (err) {
      log(`Could not fetch the model (${(err as Error).message}). Continuing with lexical search only.`);
      return null;
    }
  }
  if (model) await verifyModel(model);
  return model;
}

/** What the manifest records of the model (its file hash), so that a build elsewhere matches the server's check. */
export function modelSha(model: ResolvedModel | null): string | null {
  if (!model) return null;
  return model.root ? (MODEL_FILES['onnx/model_quantized.onnx'] ?? null) : MODEL_ID;
}

export interface OpenOptions {
  log?: Log;
  /** rebuild even when the index is fresh */
  force?: boolean;
  /** never rebuild (read-only use) */
  readOnly?: boolean;
}

export async function openIndex(config: Config, options: OpenOptions = {}): Promise<OpenedIndex> {
  const log = options.log ?? (() => {});
  const script = config.indexScript ?? DEFAULT_SCRIPT;
  // EMBEDDINGS=off: no model is fetched or loaded, and no vectors are read (lexical search only, less memory)
  const model = config.embeddings ? await ensureModel(config, log) : null;
  const embedder = model ? await loadEmbedder(model, config.modelThreads ?? MODEL_THREADS) : null;
  if (!options.readOnly) {
    const seeds = await readSeeds(config.seedsDir);
    const fp = await fingerprint(seeds, config.seedsDir, modelSha(model), script);
    const manifest = await readManifest(config.indexDir);
    const reason = options.force ? 'a rebuild was asked for' : manifest ? staleReason(manifest, fp) : 'there is no index yet';
    if (reason) {
      log(`Building the index (${reason}) …`);
      await buildIndex({ indexDir: config.indexDir, seeds, fingerprint: fp, embedder, log });
    }
  }
  let index: LoadedIndex;
  try {
    index = await loadIndex(config.indexDir, { vectors: embedder !== null });
  } catch (err) {
    if (!(err instanceof DamagedIndexError)) throw err;
    if (options.readOnly) throw new IndexError(`${err.message} Run \`npm run index -- --force\` to rebuild it from the seeds.`);
    // never served: rebuilt from the seeds (atomically, like any build), then loaded again
    log(`${err.message} Rebuilding the index from the seeds …`);
    const seeds = await readSeeds(config.seedsDir);
    const vectorsDamaged = isVectorFile(err.file);
    await buildIndex({ indexDir: config.indexDir, seeds, fingerprint: await fingerprint(seeds, config.seedsDir, modelSha(model), script), embedder, log, reuse: !vectorsDamaged });
    index = await loadIndex(config.indexDir, { vectors: embedder !== null });
  }
  return {
    index,
    embedder: index.manifest.model ? embedder : null,
    cutter: jiebaCutter(index.userWords, index.manifest.script, index.dictionary),
    script: index.manifest.script,
  };
}
