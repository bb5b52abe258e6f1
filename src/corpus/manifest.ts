// index/manifest.json: what an index was built from, so that a stale one is rebuilt.
import { z } from 'zod';

export const INDEX_FORMAT = 4;

/** Each file of an index, by its path inside the index folder: checked when the index is loaded. */
export const FileRecordSchema = z.object({ bytes: z.number().int().min(0), sha256: z.string() });

export const IndexManifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  model: z.object({ id: z.string(), dimensions: z.number().int(), sha256: z.string() }).nullable(),
  script: z.enum(['original', 'simplified']),
  /** sha256 of each seed, by docId */
  seeds: z.record(z.string(), z.string()),
  /** sha256 of seeds/manifest.json ('' when there is none) */
  seedManifest: z.string(),
  /** sha256 of the code that turns seeds into passages and tokens */
  pipeline: z.string(),
  documents: z.number().int(),
  passages: z.number().int(),
  /** answer units (sentences and table rows), each with a vector when there is a model */
  sentences: z.number().int(),
  /** clauses of sentences of several clauses, in the sentence vector table beside their sentences (clause-meaning.ts; absent in an older index) */
  clauses: z.number().int().optional(),
  userWords: z.number().int(),
  builtAt: z.string(),
  buildMs: z.number(),
  embeddedPassages: z.number().int(),
  reusedEmbeddings: z.number().int(),
  embeddedSentences: z.number().int(),
  files: z.record(z.string(), FileRecordSchema),
});
export type IndexManifest = z.infer<typeof IndexManifestSchema>;

/** What a fresh index must have been built from. */
export interface Fingerprint {
  seeds: Record<string, string>;
  seedManifest: string;
  pipeline: string;
  modelSha256: string | null;
  script: 'original' | 'simplified';
}

/** Why an index is stale, or null when it matches the fingerprint. */
export function staleReason(m: IndexManifest, f: Fingerprint): string | null {
  const seedIds = Object.keys(f.seeds).sort().join(',');
  if (Object.keys(m.seeds).sort().join(',') !== seedIds) return 'the set of reports changed';
  for (const [id, sha] of Object.entries(f.seeds)) if (m.seeds[id] !== sha) return `report ${id} changed`;
  if (m.seedManifest !== f.seedManifest) return 'seeds/manifest.json changed';
  if (m.pipeline !== f.pipeline) return 'the ingestion code changed';
  if (m.script !== f.script) return `the index script changed to ${f.script}`;
  // without a model the index is still usable (lexical search); it is not rebuilt for that
  if (f.modelSha256 !== null && m.model?.sha256 !== f.modelSha256) return 'the embedding model changed';
  return null;
}
