// Node-only: one copy of the embedding model on a worker thread (model-thread.worker.mjs). Its model
// runs do not hold the event loop, and two threads run two shares of a batch side by side. The
// thread keeps the process alive only while a request is open, so a finished command ends.
import { Worker } from 'node:worker_threads';
import { ModelError, type ResolvedModel } from './model';
import { clsNormalized } from './pooling';
import { MODEL_ID } from './provenance';

type Reply = { ready: true } | { failed: string; id?: number } | { id: number; first: Float32Array; size: number };

export class ModelThread {
  private readonly pending = new Map<number, { resolve: (v: number[][]) => void; reject: (e: Error) => void }>();
  private next = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      if (!('id' in reply) || reply.id === undefined) return;
      const open = this.pending.get(reply.id);
      if (!open) return;
      this.settle(reply.id);
      if ('failed' in reply) open.reject(new ModelError(`The embedding model failed on a text: ${reply.failed}`));
      else open.resolve(clsNormalized(reply.first, [reply.first.length / reply.size, 1, reply.size]));
    });
    const fail = (err: Error): void => {
      for (const [id, open] of this.pending) {
        this.settle(id);
        open.reject(new ModelError(`The embedding model's thread stopped: ${err.message}`));
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  }

  /** Starts a thread (plain JavaScript: none of the process's loader flags) and waits until its model is loaded; a model that does not load is an error in words. */
  static async start(model: ResolvedModel): Promise<ModelThread> {
    const worker = new Worker(new URL('./model-thread.worker.mjs', import.meta.url), { workerData: { root: model.root, modelId: MODEL_ID }, execArgv: [] });
    const first = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    }).catch((err: Error) => ({ failed: err.message }));
    if ('failed' in first) {
      await worker.terminate();
      throw new ModelError(`The embedding model could not be loaded: ${first.failed}`);
    }
    const thread = new ModelThread(worker);
    // after its listeners: adding a 'message' listener refs the thread again
    worker.unref();
    return thread;
  }

  /** The texts' normalised CLS vectors, in order, from one model run. */
  embed(texts: string[]): Promise<number[][]> {
    const id = this.next++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts });
    });
  }

  /** Ends the thread (its open requests fail). */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }
}
