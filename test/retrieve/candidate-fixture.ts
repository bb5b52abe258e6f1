// Candidates built from a few sentences of a made-up report, for tests of a single stage
// (the real candidate builder over a tiny passage).
import { candidateSource, candidatesFrom, type Candidate } from '../../src/retrieve/candidates';
import type { DocumentRecord } from '../../src/corpus/documents';
import type { Passage } from '../../src/corpus/passage';
import { makePeriod } from '../../src/corpus/reports';

export function fixtureDocument(docId = 't111', year = 111): DocumentRecord {
  return {
    docId,
    title: `測試市政府人事處${year}年度工作報告`,
    agency: '測試市政府人事處',
    kind: '業務報告',
    period: makePeriod({ year, month: 1 }, { year, month: 12 }),
    source: 'manifest',
    sha256: '',
    lines: [],
    budget: [],
  };
}

/** One candidate per sentence of `text`, in one passage under `section`. */
export function candidatesOf(text: string, section = '壹、人事 > 一、員工福利', doc = fixtureDocument()): Candidate[] {
  const passage: Passage = { id: `${doc.docId}:0001`, docId: doc.docId, section, lineStart: 1, lineEnd: 1, text };
  const source = candidateSource([passage], new Map([[doc.docId, { ...doc, lines: [text] }]]));
  return candidatesFrom([{ passage, rank: 0 }], source);
}
