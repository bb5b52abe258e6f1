// The evaluation file format (../shared/eval/public.jsonl and the project's own sets):
// {"id","question","history"?,"docs":[docId],"must":[figure | [alternatives]],"type"}.
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

/** The items of an evaluation file's text; `name` says which file in the messages. */
export function parseEvalItems(raw: string, name: string): EvalItem[] {
  return raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line, i) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new EvalFileError(`${name} line ${i + 1} is not JSON.`);
      }
      const parsed = EvalItemSchema.safeParse(json);
      if (!parsed.success) throw new EvalFileError(`${name} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid item'}`);
      return parsed.data;
    });
}
