// The budget table of 001 ("施政計畫與預算配合對照表") arrives flattened: a row's label and
// its amount may share a line ("肆、考核獎懲及研習進修 … 1,186") or the amounts follow the
// labels in order ("捌、人事費及第一預備金 / 一、人事費 / 二、第一預備金 / 105,933 / 105,838 / 95").
// This pairs every label with its amount and remembers the lines of both.
import { compactSpaces } from '../text/normalize';
import { matchEnumerator } from '../text/headings';
import type { Line } from './lines';
import type { BudgetRow, BudgetTable } from '../corpus/budget-row';


const BUDGET_TITLE = /預算配合對照表|預算對照表|歲出預算表/;
const AMOUNT_ONLY = /^[\d,]+$/;
const TOTAL = /^合\s*計/;

interface Pending {
  path: string[];
  labelLine: number;
  level: number;
  amount?: { text: string; line: number };
}


/**
 * Finds a budget table (its title line, then the rest of that page), parses it, and marks
 * its lines as 'budget' so that the paragraph joiner leaves them to this parser.
 */
export function takeBudgetTable(lines: Line[]): BudgetTable | null {
  const title = lines.find((l) => l.kind === 'text' && BUDGET_TITLE.test(l.text) && l.width <= 40 && !/[：:。]/.test(l.text));
  if (!title) return null;
  const region = lines.filter((l) => l.page === title.page && l.n >= title.n);
  const rows = parseBudgetTable(region);
  if (rows.length === 0) return null;
  for (const l of region) if (l.kind === 'text') l.kind = 'budget';
  return { title: compactSpaces(title.text), rows };
}

function parseBudgetTable(lines: Line[]): BudgetRow[] {
  const text = lines.filter((l) => l.kind === 'text');
  const unit = text.map((l) => l.text.match(/單位[:：]\s*([千萬億]?元)/)?.[1]).find(Boolean) ?? '元';
  const labels: Pending[] = [];
  const queue: Pending[] = [];
  let parent: Pending | null = null;
  let last: Pending | null = null;

  for (const line of text) {
    const enumerator = matchEnumerator(line.text);
    const isLabel = (enumerator && enumerator.level <= 2) || TOTAL.test(line.text);
    if (isLabel) {
      const tokens = line.text.split(/\s+/);
      const at = tokens.findIndex((t, i) => i > 0 && AMOUNT_ONLY.test(t));
      const label = (at > 0 ? tokens.slice(0, at) : tokens).join(' ');
      const level = enumerator?.level ?? 1;
      const path = level >= 2 && parent ? [...parent.path, label] : [label];
      const row: Pending = { path, labelLine: line.n, level };
      if (at > 0) row.amount = { text: tokens[at] ?? '', line: line.n };
      else queue.push(row);
      if (level < 2) parent = row;
      labels.push(row);
      last = row;
    } else if (AMOUNT_ONLY.test(line.text)) {
      const row = queue.shift();
      if (row) row.amount = { text: line.text, line: line.n };
    } else if (last && !last.amount && queue.includes(last)) {
      // label wrapped onto the next line ("貳、綜合性業務及人事人員" + "管理")
      last.path[last.path.length - 1] += compactSpaces(line.text);
    }
  }

  const groupStarts = labels.filter((l) => l.level < 2).map((l) => l.labelLine);
  const lastLine = text[text.length - 1]?.n ?? 0;
  const groupOf = (labelLine: number): [number, number] => {
    const start = [...groupStarts].reverse().find((s) => s <= labelLine) ?? labelLine;
    const next = groupStarts.find((s) => s > start);
    const end = next === undefined ? lastLine : text.filter((l) => l.n < next).pop()?.n ?? start;
    return [start, end];
  };

  return labels
    .filter((l): l is Pending & { amount: { text: string; line: number } } => l.amount !== undefined)
    .map((l) => {
      const [groupStart, groupEnd] = groupOf(l.labelLine);
      return {
        path: l.path,
        amount: l.amount.text,
        unit,
        labelLine: l.labelLine,
        amountLine: l.amount.line,
        groupStart,
        groupEnd,
      };
    });
}
