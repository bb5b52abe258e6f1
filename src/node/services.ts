// Node-only: the composition root — the services the app needs, from an opened index.
import { AnswerEngine } from '../answer/engine';
import { PassageSearch, type DenseIndex, type RetrievalMode } from '../retrieve/search';
import type { OpenedIndex } from './store/open';
import { norm } from '../text/normalize';
import type { Services } from '../server/app';

/** The passage search over an opened index, dense retrieval included when a model is loaded. */
export function passageSearch(opened: OpenedIndex, mode: RetrievalMode = 'hybrid'): PassageSearch {
  const { index, embedder, cutter, script } = opened;
  const vectors = index.vectors;
  const dense: DenseIndex | null =
    embedder && vectors && mode !== 'lexical'
      ? { embedQuery: (text) => embedder.embedQuery(text), passages: (vector, limit) => vectors.search(vector, limit), sentences: index.sentenceVectors }
      : null;
  return new PassageSearch({ passages: index.passages, documents: index.documents, lexical: index.lexical, cutter, script, dense, mode });
}

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
