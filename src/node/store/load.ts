// Node-only: reads a built index from disk, checking every file against its schema.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentSchema, PassageSchema } from '../../corpus/schemas';
import type { Passage } from '../../corpus/passage';
import { FILES } from './build';
import type { DocumentRecord } from '../../corpus/documents';
import { LexicalIndex } from '../../corpus/lexical';
import { IndexManifestSchema, type IndexManifest } from '../../corpus/manifest';
import { DamagedIndexError, verifyFiles } from './integrity';
import { MANIFEST, recoverIndex } from './swap';
import type { VectorTable } from '../../corpus/vector-table';
import { readVectorTable } from './vector-file';

export interface LoadedIndex {
  dir: string;
  manifest: IndexManifest;
  passages: Passage[];
  documents: DocumentRecord[];
  lexical: LexicalIndex;
  userWords: string[];
  /** the word cutter's dictionary ("word freq tag" lines) */
  dictionary: string;
  /** one vector per passage; null without a model */
  vectors: VectorTable | null;
  /** one vector per answer unit; null without a model */
  sentenceVectors: VectorTable | null;
}

export class IndexError extends Error {}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new IndexError(`${path} cannot be read: ${(err as Error).message}`);
  }
}

export async function readManifest(dir: string): Promise<IndexManifest | null> {
  await recoverIndex(dir);
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  const parsed = IndexManifestSchema.safeParse(await readJson(path));
  return parsed.success ? parsed.data : null;
}

export interface LoadOptions {
  /** read the passage and sentence vectors (not needed without a model) */
  vectors?: boolean;
}

const parseLine = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
};

/** A file of one of the index's vector tables (not read without a model). */
export const isVectorFile = (name: string): boolean => [FILES.passageVectors, FILES.sentenceVectors].some((table) => name.startsWith(`${table}.`));

/** Loads a built index, checking every file it reads against the manifest first (DamagedIndexError names the file). */
export async function loadIndex(dir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const withVectors = options.vectors ?? true;
  const manifest = await readManifest(dir);
  if (!manifest) throw new IndexError(`There is no usable index in ${dir}. Run \`npm run index\`.`);
  await verifyFiles(dir, manifest, (name) => withVectors || !isVectorFile(name));
  const passageLines = (await readFile(join(dir, FILES.passages), 'utf8')).split('\n').filter(Boolean);
  const passages = passageLines.map((line, i) => {
    const parsed = PassageSchema.safeParse(parseLine(line));
    if (!parsed.success) throw new DamagedIndexError(FILES.passages, `line ${i + 1} does not match the passage contract`);
    return parsed.data;
  });
  if (passages.length !== manifest.passages) throw new DamagedIndexError(FILES.passages, `${passages.length} passages instead of ${manifest.passages}`);
  const documents = z.array(DocumentSchema).safeParse(await readJson(join(dir, FILES.documents)));
  if (!documents.success || documents.data.length !== manifest.documents) throw new DamagedIndexError(FILES.documents, 'it does not match its schema or its count');
  let lexical: LexicalIndex;
  try {
    lexical = LexicalIndex.fromJSON(await readFile(join(dir, FILES.lexical), 'utf8'));
  } catch (err) {
    throw new DamagedIndexError(FILES.lexical, (err as Error).message);
  }
  const userWords = (await readFile(join(dir, FILES.userWords), 'utf8')).split('\n').filter(Boolean);
  const dictionary = await readFile(join(dir, FILES.dictionary), 'utf8');
  const vectors = manifest.model && withVectors ? await readVectorTable(dir, FILES.passageVectors) : null;
  const sentenceVectors = manifest.model && withVectors ? await readVectorTable(dir, FILES.sentenceVectors) : null;
  return { dir, manifest, passages, documents: documents.data, lexical, userWords, dictionary, vectors, sentenceVectors };
}
