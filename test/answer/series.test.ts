// Figures over time: one measure over several periods becomes points; mixed units are listed
// but marked not comparable (no shared axis); one figure, or repeated labels, make no series.
import { describe, expect, it } from 'vitest';
import { seriesOf, type QuotedFigure } from '../../src/answer/series';
import { extractFigures } from '../../src/text/numbers';

const figure = (text: string) => extractFigures(text)[0]!;
const quoted = (label: string, text: string, n: number): QuotedFigure => ({ label, period: `${label}度`, figure: figure(text), n });

describe('a series', () => {
  it('holds each period’s figure as printed, its number and its citation', () => {
    const s = seriesOf([quoted('104年', '達166%', 1), quoted('113年', '達156%', 2)]);
    expect(s).toEqual({
      points: [
        { label: '104年', period: '104年度', figure: '166%', value: 166, unit: '%', n: 1 },
        { label: '113年', period: '113年度', figure: '156%', value: 156, unit: '%', n: 2 },
      ],
      comparable: true,
      note: null,
    });
  });

  it('is not drawn across units: 人 and % are listed, not put on one axis', () => {
    const s = seriesOf([quoted('104年', '進用1,991人', 1), quoted('113年', '達156%', 2)]);
    expect(s?.comparable).toBe(false);
    expect(s?.note).toContain('不畫在同一張圖上');
  });

  it('needs two periods', () => {
    expect(seriesOf([quoted('104年', '達166%', 1)])).toBeNull();
    expect(seriesOf([quoted('104年', '達166%', 1), quoted('104年', '達167%', 2)])).toBeNull();
  });
});
