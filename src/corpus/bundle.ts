// The index bundle: everything the answer engine needs to answer lexically — passages,
// reports, the lexical index and the reports' own words — in one JSON file that `npm run
// index` writes beside the Node index and the Worker imports. Vectors stay out: the Worker
// has no local model (Workers AI and Vectorize stand in when they are bound). Runtime-neutral.
import { z } from 'zod';
import type { DocumentRecord } from './documents';
import { LexicalIndex } from './lexical';
import type { Passage } from './passage';
import { DocumentSchema, PassageSchema } from './schemas';

export const BUNDLE_FORMAT = 1;

/**
 * The largest bundle `npm run index` writes. Measured by `npm run bench:scale`: a 3.4 MB
 * bundle (1k passages) takes 23 MB of heap once opened, a 31 MB one (10k) 154 MB — past a
 * Worker's 128 MB. At 16 MB (≈ 5k passages, ≈ 80 MB of heap) the engine still has room;
 * beyond it the index does not fit a Worker at all (README, "Past one machine").
 */
export const BUNDLE_LIMIT_BYTES = 16 * 2 ** 20;

export const IndexBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  /** the script the index was cut in; questions are cut in it too */
  script: z.enum(['original', 'simplified']),
  builtAt: z.string(),
  passages: z.array(PassageSchema),
  documents: z.array(DocumentSchema),
  /** MiniSearch's own JSON */
  lexical: z.string(),
  /** the reports' own terms, added to the word cutter */
  userWords: z.array(z.string()),
});
export type IndexBundle = z.infer<typeof IndexBundleSchema>;

export class BundleError extends Error {}

export interface OpenedBundle {
  script: IndexBundle['script'];
  builtAt: string;
  passages: Passage[];
  documents: DocumentRecord[];
  lexical: LexicalIndex;
  userWords: string[];
}

/** Checks a bundle against its schema and opens its lexical index. */
export function openBundle(data: unknown): OpenedBundle {
  const parsed = IndexBundleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BundleError(`The index bundle does not match its format (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}). Run \`npm run index\`.`);
  }
  const b = parsed.data;
  return { script: b.script, builtAt: b.builtAt, passages: b.passages, documents: b.documents, lexical: LexicalIndex.fromJSON(b.lexical), userWords: b.userWords };
}
