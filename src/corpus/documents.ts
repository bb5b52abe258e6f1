// index/documents.json: each report's description, its lines as printed (for citations and
// the source panel) and its budget-table rows.
import type { BudgetRow } from './budget-row';
import type { ReportInfo } from './reports';

export interface DocumentRecord extends ReportInfo {
  sha256: string;
  /** the seed's lines; lines[0] is line 1 */
  lines: string[];
  budget: BudgetRow[];
}
