// The one wiring of an index's parts into the services the app needs — the passage search
// and the answer engine over it — for both runtimes. Runtime-neutral.
import { AnswerEngine } from '../answer/engine';
import { PassageSearch, type SearchCorpus } from '../retrieve/search';
import { norm } from '../text/normalize';
import type { Services } from './app';

export interface ServiceParts extends SearchCorpus {
  /** the reports' own terms: names a question may use */
  userWords: string[];
  /** the embedding model answering with, for /api/health */
  model: string | null;
}

export function servicesFrom(parts: ServiceParts, extra: Pick<Services, 'log' | 'assets' | 'clientAddress' | 'arrivedAt' | 'slackAckMs'> = {}): Services {
  const { userWords, model, ...corpus } = parts;
  const search = new PassageSearch(corpus);
  const engine = new AnswerEngine(search, { cutter: corpus.cutter, script: corpus.script, names: new Set(userWords.map(norm)) });
  return {
    engine,
    search,
    documents: corpus.documents,
    health: { documents: corpus.documents.length, passages: corpus.passages.length, model: search.hasDense ? model : null, embeddings: search.hasDense },
    ...extra,
  };
}
