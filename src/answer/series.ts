// Figures over time: when an answer quotes one measure for several periods (104 → 106 → 113),
// its points — the figure as the report prints it, the number only for drawing, the citation
// it comes from — so that a chat can show a table and a small chart. Points of different units
// or kinds are listed but not put on one axis. Runtime-neutral.
import type { Figure } from '../text/numbers';

export interface SeriesPoint {
  /** what the point is: the part's label, or the report's period */
  label: string;
  /** the report's period (ROC) */
  period: string;
  /** the figure exactly as quoted */
  figure: string;
  /** its number, for drawing only */
  value: number | null;
  unit: string;
  /** the citation it comes from */
  n: number;
}

export interface Series {
  points: SeriesPoint[];
  /** false when the points are not of one unit and kind: listed, not drawn on one axis */
  comparable: boolean;
  /** why they are not comparable, in the chat's language */
  note: string | null;
}

export interface QuotedFigure {
  label: string;
  period: string;
  figure: Figure;
  n: number;
}

/** The series of an answer's quoted figures, or null when it does not hold one measure over several periods. */
export function seriesOf(quoted: QuotedFigure[]): Series | null {
  if (quoted.length < 2 || new Set(quoted.map((q) => q.label)).size < quoted.length) return null;
  const points = quoted.map((q) => ({ label: q.label, period: q.period, figure: q.figure.text, value: q.figure.value, unit: q.figure.unit, n: q.n }));
  const kinds = new Set(quoted.map((q) => `${q.figure.kind}|${q.figure.unit}`));
  const numbers = points.every((p) => p.value !== null);
  const comparable = kinds.size === 1 && numbers;
  return { points, comparable, note: comparable ? null : '這些數字的單位或性質不同，只列表、不畫在同一張圖上。' };
}
