// A small corpus written for the tests (two made-up reports, test/fixtures/mini), indexed
// with the real pipeline: ingestion, jieba, the lexical index, the answer engine.
import { join } from 'node:path';
import { AnswerEngine } from '../src/answer/engine';
import { ingestDocument } from '../src/ingest/ingest';
import { readSeeds } from '../src/node/seeds';
import { PassageSearch } from '../src/retrieve/search';
import type { DocumentRecord } from '../src/corpus/documents';
import { lexicalFields } from '../src/corpus/fields';
import { buildLexicalIndex, LexicalIndex } from '../src/corpus/lexical';
import { corpusDictionary, jiebaCutter } from '../src/node/jieba';
import { norm } from '../src/text/normalize';
import { corpusTerms } from '../src/text/userdict';
import { ROOT } from './helpers';

export async function miniEngine(): Promise<{ engine: AnswerEngine; search: PassageSearch; documents: DocumentRecord[] }> {
  const seeds = await readSeeds(join(ROOT, 'test/fixtures/mini'));
  const docs = seeds.map((s) => ({ seed: s, doc: ingestDocument(s.docId, s.text) }));
  const passages = docs.flatMap((d) => d.doc.passages);
  const words = corpusTerms(seeds.map((s) => s.text), passages.map((p) => p.section));
  const cutter = jiebaCutter(words, 'simplified', corpusDictionary(seeds.map((s) => s.text), 'simplified'));
  const lexical = LexicalIndex.fromJSON(buildLexicalIndex(passages.map((p) => lexicalFields(p, cutter, 'simplified'))));
  const documents: DocumentRecord[] = docs.map(({ seed, doc }) => ({ ...seed.report, sha256: seed.sha256, lines: doc.lines, budget: doc.budget }));
  const search = new PassageSearch({ passages, documents, lexical, cutter, script: 'simplified', dense: null });
  const engine = new AnswerEngine(search, { cutter, script: 'simplified', names: new Set(words.map(norm)) });
  return { engine, search, documents };
}
