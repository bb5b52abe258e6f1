// Query understanding: from a prepared question to what the reranker and the answer builder
// need — the years and period asked, whether it compares years, what is asked (and in which
// unit), and the weighted content terms. Runtime-neutral.
import { norm } from '../text/normalize';
import { findPeriod, findYears, type PeriodTag } from '../text/years';
import { findAsks, isFigureAsk, type Ask } from './asks';
import { prepareQuestion } from './question';
import { extractTerms, type Term, type TermOptions } from './terms';

export interface Query {
  /** the question as typed */
  original: string;
  /** normalised Traditional text (ROC years, NFKC, lower-case Latin) */
  text: string;
  /** ROC years asked, in the order asked */
  years: number[];
  /** years carried over from the conversation: preferred, not required */
  softYears: number[];
  period: PeriodTag;
  /** several years asked: one figure per year */
  compare: boolean;
  asks: Ask[];
  terms: Term[];
}

const MEASURE = /^(?:總)?(?:金額|總額|數額|人數|件數|次數|數量|總數)$/;

export function understand(question: string, opts: TermOptions): Query {
  const prepared = prepareQuestion(question);
  const text = norm(prepared.text);
  const years = [...new Set(findYears(text).map((y) => y.roc))];
  const asks = findAsks(text);
  const cues = asks.filter((a) => !isFigureAsk(a) || a.kind === 'date').map((a) => a.cue);
  // a word the reports never use that only names the measure asked ("總金額") is not a topic
  const terms = extractTerms(text, { ...opts, cues }).filter((t) => t.known || !MEASURE.test(t.text));
  return {
    original: question,
    text,
    years,
    softYears: [],
    period: findPeriod(text),
    compare: years.length >= 2,
    asks,
    terms,
  };
}
