// What every chat route needs from the app: the engine, where citation links point, and a
// way to keep working after the response (the Worker's waitUntil). Runtime-neutral.
import type { Context } from 'hono';
import type { AnswerEngine, AnswerResult, ChatTurn } from '../../answer/engine';
import { withLinks, type LinkedCitation } from './links';

export interface BotContext {
  engine: AnswerEngine;
  /** the origin citation links point to, for this request */
  linkBase: (c: Context) => string;
  /** aborted when the request's client goes or its time is up */
  signalOf: (c: Context) => AbortSignal;
  /** the longest an answer may take: for work that goes on after the response (its client is gone by design) */
  timeoutMs: number;
}

export interface LinkedAnswer extends Omit<AnswerResult, 'citations'> {
  citations: LinkedCitation[];
}

/** `later`: the answer is worked out after the response (a webhook's reply), bounded by time alone. */
export async function answerWithLinks(bot: BotContext, c: Context, question: string, history: ChatTurn[] = [], later = false): Promise<LinkedAnswer> {
  const signal = later ? AbortSignal.timeout(bot.timeoutMs) : bot.signalOf(c);
  const result = await bot.engine.ask(question, history, { signal });
  return { ...result, citations: withLinks(result.citations, bot.linkBase(c)) };
}

/** Keeps `work` going after the response: waitUntil in the Worker; on Node the process simply goes on. */
export function inBackground(c: Context, work: Promise<unknown>): void {
  const guarded = work.catch(() => undefined);
  try {
    c.executionCtx.waitUntil(guarded);
  } catch {
    // no execution context (Node): nothing holds the promise back
  }
}
