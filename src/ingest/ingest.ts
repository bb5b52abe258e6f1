// One report in, passages out: lines → units → sections → passages. Runtime-neutral.
import { squash } from '../text/normalize';
import { takeBudgetTable } from './budget';
import { type BudgetRow, type BudgetTable } from '../corpus/budget-row';
import { classifyLines, type Line } from './lines';
import { cutPassages, joinLines, sectionTexts, type SectionText } from './passages';
import { type Passage } from '../corpus/passage';
import { sectionUnits, type SectionedUnit } from './sections';
import { joinUnits } from './units';

export interface IngestedDocument {
  docId: string;
  /** the seed's lines as printed (index 0 is line 1) */
  lines: string[];
  passages: Passage[];
  budget: BudgetRow[];
}

const MIN_REPEAT = 30;

/** 000 repeats some paragraphs at its end: a paragraph already printed earlier is indexed once. */
function dropRepeats(paras: SectionedUnit[]): SectionedUnit[] {
  let seen = '';
  return paras.filter((p) => {
    const s = squash(p.unit.text);
    if (s.length >= MIN_REPEAT && seen.includes(s)) return false;
    seen += s;
    return true;
  });
}

/** One passage text per top-level row group of the budget table: labels and amounts together. */
function budgetSections(lines: Line[], table: BudgetTable | null): SectionText[] {
  const groups = new Map<number, SectionText>();
  for (const row of table?.rows ?? []) {
    if (groups.has(row.groupStart)) continue;
    const groupLines = lines.filter((l) => l.kind === 'budget' && l.n >= row.groupStart && l.n <= row.groupEnd);
    const label = (row.path[0] ?? '').replace(/\s+/g, ' ');
    groups.set(row.groupStart, { path: [table?.title ?? '', label], text: joinLines(groupLines, '\n') });
  }
  return [...groups.values()];
}

export function ingestDocument(docId: string, source: string): IngestedDocument {
  const lines = classifyLines(source);
  const budget = takeBudgetTable(lines);
  const sections = [
    ...sectionTexts(dropRepeats(sectionUnits(joinUnits(lines)))),
    ...budgetSections(lines, budget),
  ].sort((a, b) => (a.text.lineOf[0] ?? 0) - (b.text.lineOf[0] ?? 0));
  return {
    docId,
    lines: lines.map((l) => l.raw),
    passages: cutPassages(docId, sections),
    budget: budget?.rows ?? [],
  };
}
