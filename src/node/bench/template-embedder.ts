// Node-only, for `npm run bench:scale`: embedding 100k synthetic passages with the real model
// would take hours on two cores, and copies that differ only in their figures embed almost
// alike. So the first text of each template (its figures masked) is embedded for real and
// timed; every other copy gets that vector with a little deterministic noise, renormalised.
// The build's embedding time at full size is then estimated from the measured rate.
import { createHash } from 'node:crypto';
import type { Embedder } from '../embed/embedder';
import { randomFrom } from './synthetic';

/** How far a copy's vector is moved from its template's: ±NOISE on each of 512 dimensions puts it at cosine ≈ 0.99. */
const NOISE = 0.01;

const template = (text: string): string => text.replace(/\d+/g, '#');

export class TemplateEmbedder implements Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  private readonly vectors = new Map<string, number[]>();
  /** texts embedded by the model, and the time it took */
  embedded = 0;
  embedMs = 0;
  /** texts given a template's vector */
  derived = 0;

  constructor(private readonly model: Embedder) {
    this.modelId = model.modelId;
    this.dimensions = model.dimensions;
  }

  async embed(texts: string[]): Promise<number[][]> {
    const missing = [...new Set(texts.map(template))].filter((t) => !this.vectors.has(t));
    const first = missing.map((t) => texts.find((text) => template(text) === t) ?? t);
    if (first.length > 0) {
      const started = performance.now();
      const real = await this.model.embed(first);
      this.embedMs += performance.now() - started;
      this.embedded += first.length;
      missing.forEach((t, i) => this.vectors.set(t, real[i] ?? []));
    }
    return texts.map((text) => {
      const base = this.vectors.get(template(text)) ?? [];
      if (first.includes(text)) return base;
      this.derived++;
      const random = randomFrom(Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16));
      const moved = base.map((v) => v + (random() * 2 - 1) * NOISE);
      const norm = Math.hypot(...moved) || 1;
      return moved.map((v) => v / norm);
    });
  }

  embedQueries(texts: string[]): Promise<number[][]> {
    return this.model.embedQueries(texts);
  }
}
