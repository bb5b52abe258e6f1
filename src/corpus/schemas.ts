// The schemas of what an index holds — passages and reports — checked when either runtime
// loads one. Runtime-neutral.
import { z } from 'zod';
import { REPORT_KINDS } from './reports';

export const PassageSchema = z.object({
  id: z.string(),
  docId: z.string(),
  section: z.string(),
  lineStart: z.number().int().min(1),
  lineEnd: z.number().int().min(1),
  text: z.string(),
});

const YearMonth = z.object({ year: z.number().int(), month: z.number().int() });
export const DocumentSchema = z.object({
  docId: z.string(),
  title: z.string(),
  agency: z.string(),
  kind: z.enum(REPORT_KINDS),
  period: z.object({ from: YearMonth, to: YearMonth, label: z.string(), adLabel: z.string() }),
  source: z.enum(['manifest', 'guessed']),
  sha256: z.string(),
  lines: z.array(z.string()),
  budget: z.array(
    z.object({
      path: z.array(z.string()),
      amount: z.string(),
      unit: z.string(),
      labelLine: z.number().int(),
      amountLine: z.number().int(),
      groupStart: z.number().int(),
      groupEnd: z.number().int(),
    }),
  ),
});
