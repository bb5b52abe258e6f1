// The passage: the unit of retrieval, with the exact lines it came from. Runtime-neutral.
/** The contract of index/passages.jsonl. */
export interface Passage {
  id: string;
  docId: string;
  section: string;
  lineStart: number;
  lineEnd: number;
  text: string;
}

export const SECTION_SEPARATOR = ' > ';
