// Node-only: reads the reports in seeds/ and their manifest. A .txt without a manifest entry
// is still read, its title and period guessed from its text.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { guessReport, reportFromManifest, SeedManifestSchema, type ReportInfo } from '../corpus/reports';

export interface Seed {
  docId: string;
  text: string;
  sha256: string;
  report: ReportInfo;
}

export class SeedError extends Error {}

export const MANIFEST_FILE = 'manifest.json';

async function readManifest(dir: string): Promise<Record<string, unknown>> {
  let raw: string;
  try {
    raw = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new SeedError(`${join(dir, MANIFEST_FILE)} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = SeedManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeedError(`${join(dir, MANIFEST_FILE)}: entry ${issue?.path.join('.') ?? ''} — ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export async function readSeeds(dir: string): Promise<Seed[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    throw new SeedError(`The reports folder ${dir} cannot be read.`);
  }
  if (files.length === 0) throw new SeedError(`There are no .txt reports in ${dir}.`);
  const manifest = SeedManifestSchema.parse(await readManifest(dir));
  return Promise.all(
    files.map(async (file) => {
      const docId = file.slice(0, -'.txt'.length);
      const buffer = await readFile(join(dir, file));
      const text = buffer.toString('utf8');
      const entry = manifest[docId];
      return {
        docId,
        text,
        sha256: createHash('sha256').update(buffer).digest('hex'),
        report: entry ? reportFromManifest(docId, entry) : guessReport(docId, text),
      };
    }),
  );
}
