// The API's contracts as zod schemas: requests are validated with them and /openapi.json is
// generated from them. Shapes follow ../shared/DESIGN.md.
import { z } from '@hono/zod-openapi';
import { ANSWER_KINDS } from '../answer/decide';

export const MAX_QUESTION = 2000;
export const MAX_HISTORY = 20;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_request' }),
      message: z.string().openapi({ example: 'The question is missing: send {"question": "…"}.' }),
    }),
  })
  .openapi('Error');

export const TurnSchema = z
  .object({
    role: z.enum(['user', 'assistant']),
    content: z.string().max(20_000),
  })
  .openapi('Turn');

export const AskRequestSchema = z
  .object({
    question: z.string().trim().min(1).max(MAX_QUESTION).openapi({ example: '113年下半年辦理退休的有多少人？' }),
    history: z.array(TurnSchema).max(MAX_HISTORY).optional().openapi({ description: 'Earlier turns of the conversation, oldest first.' }),
    topK: z.number().int().min(1).max(20).optional().openapi({ description: 'At most this many cited quotes (reports or years) in the answer. Default 5.' }),
  })
  .openapi('AskRequest');

export const CitationSchema = z
  .object({
    n: z.number().int(),
    docId: z.string(),
    title: z.string(),
    section: z.string(),
    lineStart: z.number().int(),
    lineEnd: z.number().int(),
    quote: z.string().openapi({ description: 'The report text, exactly as printed, line breaks removed.' }),
    url: z.string().openapi({ description: 'The web chat opened at the cited lines (PUBLIC_URL, or this server).', example: 'http://127.0.0.1:8787/#doc=000_76e9100df38fd9b6&lines=490-494' }),
  })
  .openapi('Citation');

export const SeriesSchema = z
  .object({
    points: z.array(
      z.object({
        label: z.string().openapi({ example: '113年' }),
        period: z.string().openapi({ description: 'The report’s period (ROC).', example: '113年7月至12月' }),
        figure: z.string().openapi({ description: 'The figure exactly as quoted.', example: '156%' }),
        value: z.number().nullable().openapi({ description: 'Its number, for drawing only.' }),
        unit: z.string(),
        n: z.number().int().openapi({ description: 'The citation it comes from.' }),
      }),
    ),
    comparable: z.boolean().openapi({ description: 'false when the units or kinds differ: list them, do not draw them on one axis' }),
    note: z.string().nullable(),
  })
  .openapi('Series');

export const AskResponseSchema = z
  .object({
    answer: z.string().openapi({ example: '113年下半年計有776人辦理退休（公務人員249人、教職員527人）[1]' }),
    found: z.boolean().openapi({ description: 'false when the reports do not hold the answer' }),
    kind: z.enum(ANSWER_KINDS).openapi({
      description:
        'What the answer is: answer; partial (some parts of a multi-part question are not in the reports); not_found; guidance (greetings, questions that name nothing); list (「列出…」, a report\'s headings).',
    }),
    citations: z.array(CitationSchema),
    series: SeriesSchema.nullable().openapi({ description: 'One measure over several periods (a comparison, or several reports answering): points for a table and a chart.' }),
    tookMs: z.number(),
  })
  .openapi('AskResponse');

/** How many results: 1–50. In a query string only plain digits count (not 0x10, 1e1, 5.0). */
const MAX_K = 50;
const K_MESSAGE = `k must be a whole number from 1 to ${MAX_K}.`;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(MAX_QUESTION).openapi({ param: { name: 'q', in: 'query' }, example: '身心障礙人員進用比例' }),
  k: z
    .string()
    .regex(/^\d{1,3}$/, { message: K_MESSAGE })
    .transform(Number)
    .pipe(z.number().int().min(1, { message: K_MESSAGE }).max(MAX_K, { message: K_MESSAGE }))
    .optional()
    .openapi({ param: { name: 'k', in: 'query' }, example: '5', type: 'integer' }),
});

export const SearchRequestSchema = z
  .object({
    q: z.string().trim().min(1).max(MAX_QUESTION).openapi({ example: '身心障礙人員進用比例' }),
    k: z.number().int({ message: K_MESSAGE }).min(1, { message: K_MESSAGE }).max(MAX_K, { message: K_MESSAGE }).optional(),
  })
  .openapi('SearchRequest');

export const SearchResultSchema = z
  .object({
    id: z.string(),
    docId: z.string(),
    title: z.string(),
    section: z.string(),
    lineStart: z.number().int(),
    lineEnd: z.number().int(),
    text: z.string(),
    score: z.number(),
  })
  .openapi('SearchResult');

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) }).openapi('SearchResponse');

const PeriodSchema = z.object({
  from: z.object({ year: z.number().int(), month: z.number().int() }),
  to: z.object({ year: z.number().int(), month: z.number().int() }),
  label: z.string().openapi({ example: '113年7月至12月' }),
  adLabel: z.string().openapi({ example: '2024-07 – 2024-12' }),
});

export const DocumentSummarySchema = z
  .object({
    docId: z.string(),
    title: z.string(),
    agency: z.string(),
    kind: z.string(),
    period: PeriodSchema,
    lineCount: z.number().int(),
  })
  .openapi('DocumentSummary');

export const DocumentListSchema = z.object({ documents: z.array(DocumentSummarySchema) }).openapi('DocumentList');

export const DocumentSchema = DocumentSummarySchema.extend({
  lines: z.array(z.string()).openapi({ description: 'The report as printed; lines[0] is line 1.' }),
}).openapi('Document');

export const TocSchema = z
  .object({
    docId: z.string(),
    headings: z.array(
      z.object({
        heading: z.string().openapi({ example: '九、因應超高齡社會，落實維護退撫人員權益' }),
        section: z.string().openapi({ description: 'The whole section path, as citations give it.' }),
        depth: z.number().int().min(1),
        lineStart: z.number().int(),
        lineEnd: z.number().int(),
      }),
    ),
  })
  .openapi('TableOfContents');

export const DocIdParamSchema = z.object({
  docId: z.string().min(1).max(200).openapi({ param: { name: 'docId', in: 'path' }, example: '000_76e9100df38fd9b6' }),
});

export const HealthSchema = z
  .object({
    status: z.literal('ok'),
    documents: z.number().int(),
    passages: z.number().int(),
    model: z.string().nullable(),
    embeddings: z.boolean(),
    integrations: z
      .object({
        openai: z.object({ enabled: z.literal(true), keys: z.boolean().openapi({ description: 'whether /v1 requires an API key' }) }),
        slack: z.object({ enabled: z.boolean(), mentions: z.boolean() }),
        mattermost: z.object({ enabled: z.boolean() }),
        line: z.object({ enabled: z.boolean() }),
      })
      .openapi({ description: 'Which chat integrations are configured (a disabled one answers 503).' }),
  })
  .openapi('Health');
