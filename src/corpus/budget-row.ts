// A row of a report's budget table: its label path, amount and lines. Runtime-neutral.
export interface BudgetRow {
  /** label path, e.g. ["捌、人事費及第一預備金", "一、人事費"] */
  path: string[];
  amount: string;
  unit: string;
  labelLine: number;
  amountLine: number;
  /** lines of the whole top-level row group (label, sub-rows, amounts, notes) */
  groupStart: number;
  groupEnd: number;
}

export interface BudgetTable {
  title: string;
  rows: BudgetRow[];
}
