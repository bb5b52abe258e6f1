// Node-only: finds the embedding model and checks its files.
// Order: MODELS_DIR → ./models → the Hugging Face hub, only when ALLOW_REMOTE_MODELS=1.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { MODEL_FILES, MODEL_ID } from './provenance';

export type ModelSource = 'MODELS_DIR' | 'project' | 'remote';

export interface ResolvedModel {
  /** folder that holds <MODEL_ID>/… (transformers.js localModelPath); null for remote */
  root: string | null;
  source: ModelSource;
}

export class ModelError extends Error {}

export function modelFolder(root: string): string {
  return join(root, MODEL_ID);
}

export function hasModel(root: string): boolean {
  return Object.keys(MODEL_FILES).every((f) => existsSync(join(modelFolder(root), f)));
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Files of a model folder whose sha256 is not the pinned one (missing files included). */
export async function modelMismatches(folder: string): Promise<string[]> {
  const bad: string[] = [];
  for (const [file, expected] of Object.entries(MODEL_FILES)) {
    const path = join(folder, file);
    if (!existsSync(path) || (await sha256File(path)) !== expected) bad.push(file);
  }
  return bad;
}

/** The model to use, or null when there is none locally and remote models are not allowed. */
export function resolveModel(config: Config): ResolvedModel | null {
  if (config.modelsDir && hasModel(config.modelsDir)) return { root: config.modelsDir, source: 'MODELS_DIR' };
  if (hasModel(config.projectModelsDir)) return { root: config.projectModelsDir, source: 'project' };
  if (config.allowRemoteModels) return { root: null, source: 'remote' };
  return null;
}

/** Verifies a local model's files against the pinned hashes. */
export async function verifyModel(model: ResolvedModel): Promise<void> {
  if (!model.root) return;
  const bad = await modelMismatches(modelFolder(model.root));
  if (bad.length > 0) {
    throw new ModelError(
      `The embedding model in ${modelFolder(model.root)} does not match its pinned checksums (${bad.join(', ')}). ` +
        'Delete that folder and run `npm run model:fetch`.',
    );
  }
}
