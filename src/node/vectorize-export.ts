// Node-only: the passages as Vectorize records — each embedded with Workers AI's bge-m3
// through Cloudflare's REST API — one JSON line per passage, for `wrangler vectorize insert`.
// Needs the account's id and an API token with Workers AI access; nothing else is sent.
import { readFile, writeFile } from 'node:fs/promises';
import { openBundle } from '../corpus/bundle';
import { embeddingText } from '../corpus/fields';
import { EDGE_MODEL } from '../worker/edge-dense';

export class VectorizeExportError extends Error {}

export interface ExportOptions {
  bundlePath: string;
  outPath: string;
  accountId: string;
  apiToken: string;
  /** Cloudflare's API (a stand-in in the tests) */
  apiBase: string;
  /** texts per Workers AI call */
  batch: number;
  log?: (line: string) => void;
}

async function embedBatch(texts: string[], o: ExportOptions): Promise<number[][]> {
  const url = `${o.apiBase.replace(/\/$/, '')}/accounts/${encodeURIComponent(o.accountId)}/ai/run/${EDGE_MODEL}`;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${o.apiToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ text: texts }) });
  } catch (err) {
    throw new VectorizeExportError(`Workers AI could not be reached at ${o.apiBase}: ${(err as Error).message}`);
  }
  const body = (await res.json().catch(() => null)) as { result?: { data?: number[][] }; errors?: { message: string }[] } | null;
  if (!res.ok) throw new VectorizeExportError(`Workers AI answered ${res.status}: ${body?.errors?.map((e) => e.message).join('; ') || 'no details'}. Check CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN.`);
  const data = body?.result?.data;
  if (!Array.isArray(data) || data.length !== texts.length) throw new VectorizeExportError(`Workers AI returned ${Array.isArray(data) ? data.length : 'no'} embeddings for ${texts.length} texts.`);
  return data;
}

/** Writes the NDJSON; returns how many records. */
export async function exportVectorize(o: ExportOptions): Promise<number> {
  let raw: string;
  try {
    raw = await readFile(o.bundlePath, 'utf8');
  } catch {
    throw new VectorizeExportError(`${o.bundlePath} cannot be read. Run \`npm run index\` first.`);
  }
  const bundle = openBundle(JSON.parse(raw));
  const lines: string[] = [];
  for (let i = 0; i < bundle.passages.length; i += o.batch) {
    const batch = bundle.passages.slice(i, i + o.batch);
    const vectors = await embedBatch(batch.map((p) => embeddingText(p, bundle.script)), o);
    batch.forEach((p, j) => lines.push(JSON.stringify({ id: p.id, values: vectors[j], metadata: { docId: p.docId } })));
    o.log?.(`  ${Math.min(i + o.batch, bundle.passages.length)}/${bundle.passages.length} passages embedded`);
  }
  await writeFile(o.outPath, lines.join('\n') + '\n');
  return lines.length;
}
