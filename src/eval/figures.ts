// The evaluation contract's comparison: figures and texts compared with whitespace removed
// and NFKC applied; a must entry may list alternatives.
import { squash } from '../text/normalize';

export type Must = string | string[];

export function holdsFigure(text: string, must: Must): boolean {
  const hay = squash(text);
  return (Array.isArray(must) ? must : [must]).some((m) => hay.includes(squash(m)));
}
