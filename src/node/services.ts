// Node-only: the composition root — an opened index (nodejieba, the vector tables, the local model)
// handed to the runtime-neutral wiring.
import { PassageSearch, type DenseIndex, type RetrievalMode, type SearchCorpus } from '../retrieve/search';
import type { Services } from '../server/app';
import { servicesFrom } from '../server/services';
import type { OpenedIndex } from './store/open';

/** The search corpus of an opened index, dense retrieval included when a model is loaded. */
function corpusOf(opened: OpenedIndex, mode: RetrievalMode): SearchCorpus {
  const { index, embedder, cutter, script } = opened;
  const vectors = index.vectors;
  const dense: DenseIndex | null =
    embedder && vectors && mode !== 'lexical'
      ? { embedQueries: (texts) => embedder.embedQueries(texts), passages: async (vector, limit) => vectors.nearest(vector, limit), sentences: index.sentenceVectors }
      : null;
  return { passages: index.passages, documents: index.documents, lexical: index.lexical, cutter, script, dense, mode };
}

export function passageSearch(opened: OpenedIndex, mode: RetrievalMode = 'hybrid'): PassageSearch {
  return new PassageSearch(corpusOf(opened, mode));
}

export interface ServiceOptions extends Pick<Services, 'log' | 'assets' | 'clientAddress' | 'arrivedAt' | 'slackAckMs'> {
  /** which retrievers run (EMBEDDINGS=off and the ablation use lexical) */
  mode?: RetrievalMode;
}

export function createServices(opened: OpenedIndex, options: ServiceOptions = {}): Services {
  const { mode = 'hybrid', ...extra } = options;
  return servicesFrom({ ...corpusOf(opened, mode), userWords: opened.index.userWords, model: opened.index.manifest.model?.id ?? null }, extra);
}
