// Node-only: the settings read from the environment, validated once.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { appSettings, SettingsError, type Settings } from '../server/settings';

/** The project's root folder (this file lives in src/node/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  MODELS_DIR: z.string().optional(),
  INDEX_DIR: z.string().optional(),
  SEEDS_DIR: z.string().optional(),
  ALLOW_REMOTE_MODELS: flag,
  INDEX_SCRIPT: z.enum(['original', 'simplified']).optional(),
  EMBEDDINGS: z.enum(['on', 'off', '1', '0', 'true', 'false', '']).optional(),
  MODEL_THREADS: z.coerce.number().int().min(1).max(8).optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
});

export interface Config {
  /** MODELS_DIR: a folder holding Xenova/bge-small-zh-v1.5 (checked before ./models) */
  modelsDir: string | null;
  /** ./models: where `npm run model:fetch` installs the model */
  projectModelsDir: string;
  indexDir: string;
  seedsDir: string;
  allowRemoteModels: boolean;
  /** script the index is built in; unset means the measured default */
  indexScript: 'original' | 'simplified' | null;
  /** EMBEDDINGS=off: no embedding model, lexical search and the lexical-only answer model */
  embeddings: boolean;
  /** MODEL_THREADS: threads running a copy of the embedding model each (one by default: its session runs on every core) */
  modelThreads: number | null;
  host: string;
  port: number;
  /** the app's own settings (CORS_ORIGINS, REQUEST_TIMEOUT_MS, BODY_LIMIT_BYTES), read as the Worker reads them */
  app: Settings;
}

export class ConfigError extends Error {}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Bound to loopback without ALLOWED_HOSTS, the server answers only for the loopback names. */
function withLoopbackHosts(app: Settings, host: string): Settings {
  return app.allowedHosts.length === 0 && LOOPBACK.has(host) ? { ...app, allowedHosts: ['localhost', '127.0.0.1', '[::1]'] } : app;
}

/** API_KEYS_FILE: one key a line (blank lines and # comments ignored), added to API_KEYS. */
function keysFromFile(path: string | undefined): string {
  if (!path) return '';
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SettingsError(`API_KEYS_FILE ${path} cannot be read.`);
  }
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join(',');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Environment variable ${String(issue?.path[0] ?? '')} is not valid: ${issue?.message ?? ''}`);
  }
  const e = parsed.data;
  return {
    modelsDir: e.MODELS_DIR ? resolve(e.MODELS_DIR) : null,
    projectModelsDir: resolve(PROJECT_ROOT, 'models'),
    indexDir: resolve(e.INDEX_DIR ?? resolve(PROJECT_ROOT, 'index')),
    seedsDir: resolve(e.SEEDS_DIR ?? resolve(PROJECT_ROOT, 'seeds')),
    allowRemoteModels: e.ALLOW_REMOTE_MODELS,
    indexScript: e.INDEX_SCRIPT ?? null,
    embeddings: !['off', '0', 'false'].includes(e.EMBEDDINGS ?? 'on'),
    modelThreads: e.MODEL_THREADS ?? null,
    host: e.HOST,
    port: e.PORT,
    app: withLoopbackHosts(appSettings({ ...env, API_KEYS: [env['API_KEYS'], keysFromFile(env['API_KEYS_FILE'])].filter(Boolean).join(',') }), e.HOST),
  };
}
