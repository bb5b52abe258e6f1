// Node-only: the services the app needs, from an opened index.
import { AnswerEngine } from '../answer/engine';
import type { RetrievalMode } from '../retrieve/search';
import { passageSearch, type OpenedIndex } from '../store/open';
import { norm } from '../text/normalize';
import type { Services } from './app';

export interface ServiceOptions extends Pick<Services, 'log' | 'assets'> {
  /** which retrievers run (EMBEDDINGS=off and the ablation use lexical) */
  mode?: RetrievalMode;
}

export function createServices(opened: OpenedIndex, options: ServiceOptions = {}): Services {
  const { mode, ...extra } = options;
  const search = passageSearch(opened, mode);
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
