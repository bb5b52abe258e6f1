// A small corpus written for the tests (two made-up reports, test/fixtures/mini), indexed
// with the real pipeline (the build's own) and wired as the app wires it: lexical search.
import { join } from 'node:path';
import type { AnswerEngine } from '../src/answer/engine';
import type { DocumentRecord } from '../src/corpus/documents';
import { LexicalIndex } from '../src/corpus/lexical';
import { readSeeds } from '../src/node/seeds';
import { lexicalCorpus } from '../src/node/store/pipeline';
import type { PassageSearch } from '../src/retrieve/search';
import { servicesFrom } from '../src/server/services';
import { ROOT } from './helpers';

export async function miniEngine(): Promise<{ engine: AnswerEngine; search: PassageSearch; documents: DocumentRecord[] }> {
  const corpus = lexicalCorpus(await readSeeds(join(ROOT, 'test/fixtures/mini')), 'simplified');
  const { passages, documents, userWords, cutter } = corpus;
  const { engine, search } = servicesFrom({ passages, documents, lexical: LexicalIndex.fromJSON(corpus.lexical), cutter, script: 'simplified', dense: null, userWords, model: null });
  return { engine, search, documents };
}
