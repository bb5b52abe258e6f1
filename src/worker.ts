// The Cloudflare Worker: the same Hono app and answer engine as `npm start`, over the index
// bundle that `npm run index` writes (index/bundle.json), cutting questions with jieba-wasm.
// Lexical search, or hybrid with Workers AI + Vectorize when both are bound. The web chat is
// served by the Workers static assets (wrangler.toml [assets]) before this code runs.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { openBundle } from './corpus/bundle';
import { createApp } from './server/app';
import { servicesFrom } from './server/services';
import { appSettings } from './server/settings';
import bundleData from 'report-qa:index-bundle';
import { EDGE_MODEL, edgeDense, type AiBinding, type VectorizeBinding } from './worker/edge-dense';
import { wasmCutter } from './worker/jieba';

export interface Env {
  AI?: AiBinding;
  VECTORIZE?: VectorizeBinding;
  [setting: string]: unknown;
}

let app: OpenAPIHono | null = null;

/** Built on the first request (the bundle is parsed and the dictionary built once per isolate). */
function appFor(env: Env): OpenAPIHono {
  if (app) return app;
  const bundle = openBundle(bundleData);
  const dense = env.AI && env.VECTORIZE ? edgeDense(env.AI, env.VECTORIZE) : null;
  const services = servicesFrom({
    passages: bundle.passages,
    documents: bundle.documents,
    lexical: bundle.lexical,
    cutter: wasmCutter(bundle.userWords, bundle.script),
    script: bundle.script,
    dense,
    userWords: bundle.userWords,
    model: dense ? EDGE_MODEL : null,
  });
  app = createApp(services, appSettings(env));
  return app;
}

export default {
  fetch(request: Request, env: Env, ctx: unknown): Response | Promise<Response> {
    return appFor(env).fetch(request, env, ctx as never);
  },
};
