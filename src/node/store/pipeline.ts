// Node-only: the lexical half of an index from the seeds — ingestion, the reports' own words,
// the cutter's dictionary, the lexical index, the report records — wired once, for the build
// and for the tests' small corpus alike.
import type { DocumentRecord } from '../../corpus/documents';
import { lexicalFields } from '../../corpus/fields';
import { buildLexicalIndex } from '../../corpus/lexical';
import type { Passage } from '../../corpus/passage';
import { ingestDocument } from '../../ingest/ingest';
import type { Script } from '../../text/script';
import type { WordCutter } from '../../text/segment';
import { corpusTerms } from '../../text/userdict';
import { corpusDictionary, jiebaCutter } from '../jieba';
import type { Seed } from '../seeds';

export interface LexicalCorpus {
  passages: Passage[];
  documents: DocumentRecord[];
  userWords: string[];
  /** the cutter's dictionary ("word freq tag" lines) */
  dictionary: string;
  cutter: WordCutter;
  /** MiniSearch's JSON */
  lexical: string;
}

export function lexicalCorpus(seeds: Seed[], script: Script): LexicalCorpus {
  const ingested = seeds.map((s) => ({ seed: s, doc: ingestDocument(s.docId, s.text) }));
  const passages = ingested.flatMap((d) => d.doc.passages);
  const texts = seeds.map((s) => s.text);
  const userWords = corpusTerms(texts, [...new Set(passages.flatMap((p) => p.section.split(' > ')))]);
  const dictionary = corpusDictionary(texts, script);
  const cutter = jiebaCutter(userWords, script, dictionary);
  const lexical = buildLexicalIndex(passages.map((p) => lexicalFields(p, cutter, script)));
  const documents: DocumentRecord[] = ingested.map(({ seed, doc }) => ({ ...seed.report, sha256: seed.sha256, lines: doc.lines, budget: doc.budget }));
  return { passages, documents, userWords, dictionary, cutter, lexical };
}
