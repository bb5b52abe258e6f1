// The evaluation file format (../shared/eval/public.jsonl and the project's own sets):
// {"id","question","history"?,"docs":[docId],"must":[figure | [alternatives]],"type"}.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const EvalItemSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  history: z.array(z.string()).optional(),
  docs: z.array(z.string()),
  must: z.array(z.union([z.string(), z.array(z.string()).min(1)])),
  type: z.string(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

export class EvalFileError extends Error {}

export async function readEvalFile(path: string): Promise<EvalItem[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new EvalFileError(`The evaluation file ${path} cannot be read.`);
  }
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new EvalFileError(`${path} line ${i + 1} is not JSON.`);
      }
      const parsed = EvalItemSchema.safeParse(json);
      if (!parsed.success) throw new EvalFileError(`${path} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid item'}`);
      return parsed.data;
    });
}
