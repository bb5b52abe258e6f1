// Paths and small readers shared by the tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type EvalItem } from '../src/eval/items';
import { readEvalFile } from '../src/node/eval-file';

export const ROOT = resolve(__dirname, '..');
export const SEEDS = join(ROOT, 'seeds');
export const DEV_QUESTIONS = join(ROOT, 'test/fixtures/dev-questions.jsonl');
/** The gold questions beside the project (CI has them; a fresh clone alone does not). */
export const PUBLIC_EVAL = resolve(ROOT, '../shared/eval/public.jsonl');
export const hasPublicEval = existsSync(PUBLIC_EVAL);

export const DOC_IDS = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

export function seedText(docId: string): string {
  return readFileSync(join(SEEDS, `${docId}.txt`), 'utf8');
}

export const [D000, D001, D002, D003, D004] = DOC_IDS as [string, string, string, string, string];

/** The project's own questions, and the public ones when they are there. */
export async function questionSets(): Promise<{ name: string; items: EvalItem[] }[]> {
  const sets = [{ name: 'dev', items: await readEvalFile(DEV_QUESTIONS) }];
  if (hasPublicEval) sets.push({ name: 'public', items: await readEvalFile(PUBLIC_EVAL) });
  return sets;
}
