// Node-only: reads an evaluation file from disk.
import { readFile } from 'node:fs/promises';
import { EvalFileError, parseEvalItems, type EvalItem } from '../eval/items';

export async function readEvalFile(path: string): Promise<EvalItem[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new EvalFileError(`The evaluation file ${path} cannot be read.`);
  }
  return parseEvalItems(raw, path);
}
