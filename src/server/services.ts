// Node-only: the services the app needs, from an opened index.
import { AnswerEngine } from '../answer/engine';
import { passageSearch, type OpenedIndex } from '../store/open';
import { norm } from '../text/normalize';
import type { Services } from './app';

export function createServices(opened: OpenedIndex, extra: Pick<Services, 'log' | 'assets'> = {}): Services {
  const search = passageSearch(opened);
  const engine = new AnswerEngine(search, {
    cutter: opened.cutter,
    script: opened.script,
    names: new Set(opened.index.userWords.map(norm)),
  });
  const m = opened.index.manifest;
  return {
    engine,
    search,
    documents: opened.index.documents,
    health: { documents: m.documents, passages: m.passages, model: m.model?.id ?? null, embeddings: opened.embedder !== null && search.hasDense },
    ...extra,
  };
}
