// Error bodies in words a person understands: {"error": {"code", "message"}}.
import type { ZodError } from 'zod';

export interface ApiError {
  error: { code: string; message: string };
}

export function apiError(code: string, message: string): ApiError {
  return { error: { code, message } };
}

const FIELD_HELP: Record<string, string> = {
  question: 'The question must be text of 1 to 2,000 characters, e.g. {"question": "113年下半年辦理退休的有多少人？"}.',
  history: 'history must be a list of at most 20 earlier turns, each {"role": "user" or "assistant", "content": "…"}.',
  topK: 'topK must be a whole number from 1 to 20.',
  q: 'The search text q must be 1 to 2,000 characters, e.g. /api/search?q=退休人數.',
  k: 'k must be a whole number from 1 to 50.',
  docId: 'Give a document id, e.g. /api/documents/000_76e9100df38fd9b6.',
};

/** One plain sentence for the first problem zod found. */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request is not valid.';
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'The request body must be a JSON object, e.g. {"question": "…"}.';
  if (field === 'question' && issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'The question is missing: send {"question": "…"}.';
  if (field === 'question' && issue.code === 'too_small') return 'The question is empty: type a question about the reports.';
  if (field === 'question' && issue.code === 'too_big') return 'The question is too long: at most 2,000 characters.';
  if (issue.code === 'unrecognized_keys') return `Unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: the request takes question, history and topK.`;
  return FIELD_HELP[field] ?? `The field "${issue.path.join('.')}" is not valid: ${issue.message}.`;
}
