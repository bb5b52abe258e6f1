// Query understanding: from a prepared question to what the reranker and the answer builder
// need — the years and period asked, whether it compares years, what is asked (and in which
// unit), and the weighted content terms. Runtime-neutral.
import { norm } from '../text/normalize';
import { extractFigures, type Figure } from '../text/numbers';
import { findPeriod, findYears, printedOnlyAsName, type PeriodTag } from '../text/years';
import { KIND_ONLY, findAsks, isFigureAsk, type Ask } from './asks';
import { heaviest, WORK_LIMITS } from './limits';
import { prepareQuestion } from './question';
import { namedReports } from './report-kind';
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
  /** it asks for a change (增加多少, 比…少多少), in its own words or, a follow-up with no ask of its own, in the earlier question's */
  changeAsked: boolean;
  terms: Term[];
  /** what a which / who question names ("哪些獎牌" → 獎牌): the answer should show one */
  named: Term | null;
  /** in a part about one of several things (「國中和國小校長各…」): that thing, and the other one */
  facet: Term | null;
  rival: Term | null;
  /** the same measure asked before and after (原本…最後…): two figures of one sentence */
  transition: boolean;
  /** figures the question itself states (那881人裡, 比規定的18%): what it starts from, not what it asks */
  stated: Figure[];
  /** what this question (or part of one) asks, shown when the reports do not hold it */
  label: string;
  /** the kinds of report it names (施政計畫裡…): only a report of such a kind answers it */
  reportKinds: string[];
}

/** How much more the thing a which / who question names counts. */
const ASKED_NAME_BOOST = 2;

const MEASURE = /^(?:總)?(?:金額|總額|數額|件數|次數|數量|總數)$/;

/** A count and a classifier between a which / who cue and what it names (哪幾個科室, 哪3位委員). */
const CLASSIFIER = /^[\d一二兩三四五六七八九十]*[個位名項種家所間座類門場]/;

/** How many things a who / which question asks for (2位, 2個機關): a count and its classifier, at most a generic word after it. */
const COUNTED_FEW = /^\d{1,2}(?:個|位|名|所|家|間|項|人)(?:機關|單位|人|位)?$/;
/** A word for a person of any kind (人選, 人物): what a who question asks for, not its topic. */
const PERSON_ONLY = /^(?:人選|人物|對象|人士)$/;

export interface UnderstandOptions extends TermOptions {
  /** the question with its lone mistyped characters corrected (see lexicon.ts), each correction one that `keeps` accepts */
  correct?: (text: string, keeps: (corrected: string) => boolean) => string;
  /** the kinds of report there are (施政計畫, 業務報告…), so that a question naming one is read as such */
  reportKinds?: readonly string[];
}

/** A question about a change: 增加多少, 減了幾個, 比前一年少了多少, 較去年, and by how much one is over another: 超過規定多少 (not 超過40歲的, nor 比例是多少). */
const CHANGE_ASKED = /增加|減少|增減|[增減]了|[增減]列|砍|多了|少了|[多少]多少|成長|下降|比(?![例率賽])[^，,？?]{0,10}[多少]|較|(?:超過|超出|高出|多出)[^，,？?\d]{0,10}(?:多少|幾)/;

/**
 * A correction of the reports' wording keeps what the question asks: the same kinds of ask, in order (單價是多少
 * asks money, and 單位 is no typo of it; 幾常 → 幾場 still asks a count, now in 場).
 */
function askedAlike(typed: string): (corrected: string) => boolean {
  const kinds = (text: string): string => findAsks(text).map((a) => a.kind).join();
  // read only when a correction is found: most questions have none
  let asked: string | undefined;
  return (corrected) => kinds(corrected) === (asked ??= kinds(typed));
}

export function understand(question: string, opts: UnderstandOptions): Query {
  // a number the reports print but never as a year (1999為民服務) is that name, not 1999
  const numberIsName = (digits: string): boolean => printedOnlyAsName(digits, opts.used);
  const prepared = prepareQuestion(question, numberIsName);
  const typed = norm(prepared.text);
  const text = opts.correct ? opts.correct(typed, askedAlike(typed)) : typed;
  const years = [...new Set(findYears(text).map((y) => y.roc))];
  const found = findAsks(text);
  const cues = found.filter((a) => !isFigureAsk(a) || a.kind === 'date').map((a) => a.cue);
  // a word that only names the measure asked ("總金額", "數量") is not a topic
  const terms = heaviest(
    extractTerms(text, { ...opts, cues, askCues: found.map((a) => a.cue), numberIsName }).filter((t) => !MEASURE.test(t.text)),
    WORK_LIMITS.terms,
  );
  // 幾個試場 counts a thing; 幾個通過, 幾個結訓 count people who did something: only a noun is what the classifier counts
  const asks = found.map(({ counted, ...ask }) => (counted && terms.some((t) => t.noun && t.text === counted) ? { ...ask, counted } : ask));
  // what a which / who question names right after its cue ("哪些獎牌") is what the answer must show
  let named: Term | null = null;
  for (const ask of asks.filter((a) => a.kind === 'which' || a.kind === 'who')) {
    // …after a classifier, if one stands there (哪幾個科室, 哪三位委員), unless the word itself starts with one (哪一個場館)
    const after = text.slice(text.indexOf(ask.cue) + ask.cue.length);
    const bare = after.replace(CLASSIFIER, '');
    named = terms.find((t) => after.startsWith(t.text)) ?? terms.find((t) => bare.startsWith(t.text)) ?? named;
  }
  // a word for agencies or things of any kind (哪兩個單位, 哪些東西) names what the answer is, as 總金額 names a measure: no topic
  const kindOnly = named && KIND_ONLY.test(named.text) ? named : null;
  if (kindOnly) {
    terms.splice(terms.indexOf(kindOnly), 1);
    named = null;
  }
  // asked who or which, how many are asked for (兩位委員是誰 → 2位, 哪兩個 … 2個機關) is no word the answer prints,
  // nor is a word for a person of any kind (推薦的人選是誰)
  if (asks.some((a) => a.kind === 'who' || a.kind === 'which')) {
    for (const t of terms.filter((x) => COUNTED_FEW.test(x.text) || PERSON_ONLY.test(x.text))) terms.splice(terms.indexOf(t), 1);
  }
  if (named) named.weight *= ASKED_NAME_BOOST;
  return {
    original: question,
    text,
    years,
    softYears: [],
    period: findPeriod(text),
    compare: years.length >= 2,
    asks,
    changeAsked: CHANGE_ASKED.test(text),
    terms,
    named,
    facet: null,
    rival: null,
    transition: false,
    stated: extractFigures(text).filter(isStatedFigure),
    label: topicOf(question),
    reportKinds: namedReports(text, opts.reportKinds ?? []),
  };
}

/**
 * A figure the question states as what it starts from (那881人裡, 比規定的18%): not a year or a
 * date, and not a bare four-digit number a year or a name is written with (2023高雄燈會, 1999專線).
 */
function isStatedFigure(f: Figure): boolean {
  if (f.kind === 'year' || f.kind === 'date' || f.value === null) return false;
  return !(f.unit === '' && /^(?:19|20)\d\d$/.test(f.text));
}

const MAX_TOPIC = 60;

/** A question's topic: the question without its question words and fillers (shortened when long). */
/** Words that join a piece to the one before (還有幾天, 那女性的呢), not its topic. */
const LEADING_LINK = /^(?:那麼?|還有|還|另外|又|而且?|以及|和|跟|及)/;

export function topicOf(question: string): string {
  const topic = question
    .normalize('NFKC')
    .trim()
    .replace(/[?？!！。]+$/, '')
    // the words that ask, with the classifier or measure they ask in (幾個人, 多少錢) — not a name they ask of (多少觀光客)
    .replace(/(?:的)?(?:是|有|為|共|總共|一共|大約)?(?:(?:多少|幾)(?:[個位名項件家所場班期次天年週元]|個月|小時|場次|人次|錢|人|比例|比率|金額|經費|天數){0,2}|是誰|是什麼|什麼時候|何時|在哪裡|哪些|哪一個)$/, '')
    .replace(/^(?:請問|想知道|查詢)/, '')
    .replace(LEADING_LINK, '')
    .trim();
  // nothing but the asking words (還有幾天公假): the piece itself
  if (topic.length < 2 || /^(?:多少|幾)/.test(topic)) return question.normalize('NFKC').trim().replace(/[?？!！。]+$/, '').slice(0, MAX_TOPIC);
  return topic.length > MAX_TOPIC ? `${topic.slice(0, MAX_TOPIC)}…` : topic;
}
