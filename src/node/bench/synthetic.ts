// Node-only, for `npm run bench:scale`: a synthetic corpus grown from the bundled reports —
// copies of each report with every figure varied (dates kept, so periods still parse) —
// written as a seeds folder that the real pipeline builds and the real server serves.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestDocument } from '../../ingest/ingest';
import { MANIFEST_FILE, type Seed } from '../seeds';

/** A small deterministic generator (so a size is the same corpus on every run). */
export function randomFrom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

// a run of digits that is not a date (113年, 7月, 4日) and not a section number (第3次)
const FIGURE = /(?<![第\d])\d+(?![\d年月日])/g;

/** The text with every figure replaced by another of the same number of digits. */
export function varyFigures(text: string, random: () => number): string {
  return text.replace(FIGURE, (digits) =>
    [...digits].map((_, i) => String(i === 0 && digits.length > 1 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''),
  );
}

export interface SyntheticCorpus {
  dir: string;
  documents: number;
  passages: number;
}

/**
 * Writes copies of the seeds (figures varied) into `dir` until they hold at least `passages`
 * passages, with a manifest entry for each copy (the original's, the title marked as a copy).
 */
export async function writeSyntheticSeeds(seeds: Seed[], seedsDir: string, dir: string, passages: number): Promise<SyntheticCorpus> {
  await mkdir(dir, { recursive: true });
  const originals = JSON.parse(await readFile(join(seedsDir, MANIFEST_FILE), 'utf8')) as Record<string, { title: string }>;
  const perSeed = seeds.map((s) => ingestDocument(s.docId, s.text).passages.length);
  const manifest: Record<string, unknown> = {};
  let total = 0;
  let documents = 0;
  for (let copy = 1; total < passages; copy++) {
    for (const [i, seed] of seeds.entries()) {
      if (total >= passages) break;
      const docId = `${seed.docId}-c${copy}`;
      await writeFile(join(dir, `${docId}.txt`), varyFigures(seed.text, randomFrom(copy * 1000 + i)));
      const entry = originals[seed.docId];
      if (entry) manifest[docId] = { ...entry, title: `${entry.title}（合成第${copy}份）` };
      total += perSeed[i] ?? 0;
      documents++;
    }
  }
  await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return { dir, documents, passages: total };
}
