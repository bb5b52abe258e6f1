// The first step for every question: one spelling the reports share. NFKC, Simplified →
// Traditional, English → the reports' Chinese terms, AD years → ROC years (kept beside the
// AD form, which may be part of a name: 2023年高雄燈會). Runtime-neutral.
import { isEnglish, translateEnglish } from '../text/glossary';
import { compactSpaces } from '../text/normalize';
import { toTraditional } from '../text/script';
import { rewriteAdYears } from '../text/years';

export interface PreparedQuestion {
  /** as typed */
  original: string;
  /** normalised Traditional Chinese text used by every later stage */
  text: string;
  english: boolean;
}

export function prepareQuestion(question: string): PreparedQuestion {
  const nfkc = question.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const english = isEnglish(nfkc);
  const base = english ? translateEnglish(nfkc) : nfkc;
  const text = compactSpaces(rewriteAdYears(toTraditional(base), english));
  return { original: question, text, english };
}
