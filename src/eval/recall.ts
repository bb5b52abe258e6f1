// Retrieval quality on an evaluation file: whether every expected figure stands in a top-5
// passage of a right report, and the rank of the first right passage holding one.
import { holdsFigure } from './figures';
import type { EvalItem } from './items';
import type { Passage } from '../corpus/passage';

export interface RecallReport {
  questions: number;
  /** every expected figure in a top-5 passage of a right report */
  recallAt5: number;
  /** the first passage is of a right report and holds an expected figure */
  recallAt1: number;
  mrr: number;
  misses: EvalItem[];
}

/** `ranked(item)` gives the passages retrieved for an item, best first. */
export async function figureRecall(items: EvalItem[], ranked: (item: EvalItem) => Promise<Passage[]>): Promise<RecallReport> {
  const answerable = items.filter((it) => it.type !== 'none');
  let at5 = 0;
  let at1 = 0;
  let mrr = 0;
  const misses: EvalItem[] = [];
  for (const it of answerable) {
    const list = (await ranked(it)).slice(0, 10);
    const right = (p: Passage): boolean => it.docs.includes(p.docId);
    const top5 = list.slice(0, 5).filter(right);
    if (it.must.every((m) => top5.some((p) => holdsFigure(p.text, m)))) at5++;
    else misses.push(it);
    const first = list.findIndex((p) => right(p) && it.must.some((m) => holdsFigure(p.text, m)));
    if (first === 0) at1++;
    if (first >= 0) mrr += 1 / (first + 1);
  }
  const n = Math.max(1, answerable.length);
  return { questions: answerable.length, recallAt5: at5 / n, recallAt1: at1 / n, mrr: mrr / n, misses };
}
