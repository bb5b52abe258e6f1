// The parts of a message, each answered with its own quote: several questions in one message
// (「…幾位？簡任主任秘書及專門委員呢？」, 「…幾個人去上課、最後幾個人考到照？」), several things asked
// alike (「國中和國小校長各儲備了幾名？」), several years (「106年跟113年各是多少？」) or parts of a year
// (「下半年跟全年各多少？」), and a
// measure before and after (「原本預計開幾班，最後開到幾班？」: two figures of one sentence).
// Runtime-neutral.
import { norm } from '../text/normalize';
import { findPeriod, findYears } from '../text/years';
import { QUESTION_WORD, withoutPointing } from './asks';
import { isElliptical, retrievalText } from './followup';
import type { Term } from './terms';
import type { Query } from './understand';

export interface Plan {
  /** the message as one question */
  whole: Query;
  /** what the answer must state, in the order asked (the whole question when it has one part) */
  parts: Query[];
  /** the text each part is looked for with, and the whole question's, first */
  searches: string[];
  /** several years compared and the change asked (比…多多少): the answer adds arithmetic on the quoted figures */
  difference: boolean;
}

/** Understands a piece of the message in the light of what came before it (a follow-up or an earlier piece). */
export type PieceReader = (piece: string, previous: Query | null) => Query;

const SENTENCE_END = /[？?！!。；;\n]+/;
const CLAUSE_END = /(?<=[，,、])|(?=還有|以及|另外)/;
/**
 * Words that ask for a measure before and after a change: a word for the before (原本…後來…)
 * or a change from one to the other. 最後 or 後來 alone is only "in the end" (最後有幾名完訓).
 */
const TRANSITION = /原本|本來|原先|原來|原計畫|原訂|原定|前後|現在剩|剩下|剩多少|(?:從|由)[^，,]{0,12}(?:減|增|變|降|升|到|至|成)/;
/** Words that ask for the change between two years. */
const DIFFERENCE = /[多少]了?(?:多少|幾)|差多少|相差|差距|差異|變化|增加多少|減少多少|增減|成長多少/;
const COORDINATION = /和|跟|與|及|、/g;
const EACH = /各|分別/;
/** A part of a year said in words a person types: its halves, the whole of it, a span of months, its end. */
const PERIOD_WORD = /上半年|下半年|全年(?:度)?|整年|年底|\d{1,2}月?(?:份)?(?:至|到|~|-)\d{1,2}月(?:份)?/;
const PERIOD_AT_END = new RegExp(`(?:${PERIOD_WORD.source})$`);
const PERIOD_AT_START = new RegExp(`^(?:${PERIOD_WORD.source})`);
/** How much more a part's own thing counts than the rest of its terms. */
const FACET_BOOST = 2;

/** A clause asks something when it has a question word (a measure named alone, 「除了獎金」, does not ask). */
const asksIn = (text: string): boolean => QUESTION_WORD.test(norm(text)) || /呢\s*$/.test(text);

/**
 * Pieces of a message that each ask something; a clause that asks nothing joins the one after it
 * (「旗山那幾個戶所整併以後，編制剩幾個人」: 那幾個 points at things, a question word follows).
 */
export function splitPieces(message: string): string[] {
  const pieces: string[] = [];
  for (const sentence of message.split(SENTENCE_END).map((s) => s.trim()).filter(Boolean)) {
    let buffer = '';
    let at = 0;
    const read = withoutPointing(sentence);
    for (const clause of sentence.split(CLAUSE_END)) {
      buffer += clause;
      const asking = asksIn(read.slice(at, at + clause.length));
      at += clause.length;
      if (asking) {
        pieces.push(buffer.replace(/[，,、]+$/, ''));
        buffer = '';
      }
    }
    if (buffer.trim()) {
      if (pieces.length > 0 && !asksIn(buffer)) pieces[pieces.length - 1] += buffer;
      else pieces.push(buffer.replace(/[，,、]+$/, ''));
    }
  }
  return pieces.filter((p) => p.trim().length > 0);
}

/** Two things asked alike: the terms on either side of 和/跟/與/及/、 before 各 or 分別. */
export function facetsOf(q: Query): [Term, Term] | null {
  const each = q.text.search(EACH);
  if (each < 0) return null;
  for (const m of q.text.slice(0, each).matchAll(COORDINATION)) {
    const at = m.index ?? 0;
    const left = q.text.slice(0, at);
    const right = q.text.slice(at + m[0].length, each);
    const placed = q.terms.map((t) => ({ t, pos: q.text.indexOf(t.text) })).filter((x) => x.pos >= 0);
    const x = placed.filter((p) => p.pos + p.t.text.length <= at && !right.includes(p.t.text)).sort((a, b) => b.pos - a.pos)[0];
    const y = placed.filter((p) => p.pos > at && p.pos < each && !left.includes(p.t.text)).sort((a, b) => a.pos - b.pos)[0];
    if (x && y) return [x.t, y.t];
  }
  return null;
}

/**
 * Two parts of a year asked alike, joined (「113年下半年跟全年退休人數各多少」, 「上半年和下半年的場次」):
 * the period word on either side of the join, each a part of its own.
 */
export function periodFacetsOf(text: string): [string, string] | null {
  for (const m of text.matchAll(COORDINATION)) {
    const at = m.index ?? 0;
    const left = PERIOD_AT_END.exec(text.slice(0, at))?.[0];
    const right = PERIOD_AT_START.exec(text.slice(at + m[0].length))?.[0];
    if (left && right && left !== right) return [left, right];
  }
  return null;
}

function periodPart(q: Query, words: string): Query {
  return { ...q, period: { ...findPeriod(words), current: q.period.current }, label: words };
}

function facetPart(q: Query, own: Term, other: Term): Query {
  const terms = q.terms.filter((t) => t !== other).map((t) => (t === own ? { ...t, weight: t.weight * FACET_BOOST } : t));
  return { ...q, terms, facet: terms.find((t) => t.text === own.text) ?? null, rival: other, label: own.text };
}

/**
 * The part of the year asked for one of several years: the period words that follow that year
 * (「104年的退休人數跟106年下半年的…」: 下半年 is 106's, not 104's); when no year has its own,
 * the question's.
 */
function periodOfYear(whole: Query, year: number): Query['period'] {
  const mentions = findYears(whole.text);
  const own = (i: number) => findPeriod(whole.text.slice(mentions[i]!.start, mentions[i + 1]?.start ?? whole.text.length));
  const periods = mentions.map((_, i) => own(i));
  if (periods.every((p) => p.parts.size === 0)) return whole.period;
  const at = mentions.findIndex((m) => m.roc === year);
  return at >= 0 ? periods[at]! : whole.period;
}

/** The same measure asked twice, before and after: one part that picks two figures. */
function transitionPart(q: Query): Query {
  const ask = q.asks[0];
  return ask ? { ...q, asks: [ask, { ...ask }], transition: true } : q;
}

/**
 * A later part looked for in its own words with what it takes from the parts before it
 * (「…單身聯誼辦了幾場、來了多少人？」: 「106年 單身聯誼 來了多少人」), so that its meaning is
 * compared with the sentences' in full.
 */
function withContext(q: Query): string {
  const years = q.years.filter((y) => !q.text.includes(`${y}年`)).map((y) => `${y}年`);
  const inherited = q.terms.filter((t) => !q.text.includes(t.text)).map((t) => t.text);
  return [...years, ...inherited, q.text].join(' ');
}

export function planParts(message: string, whole: Query, previous: Query | null, read: PieceReader): Plan {
  // a follow-up that leans on the conversation is looked for with the conversation's topic
  // (教職員有幾位？ after …公務人員退休: with 退休, in its own words)
  const inherits = whole.terms.some((t) => !whole.text.includes(t.text));
  const wholeSearch = !previous ? whole.text : isElliptical(whole) ? retrievalText(whole) : inherits ? withContext(whole) : whole.text;
  const plan = (parts: Query[], searches: string[], difference = false): Plan => ({ whole, parts, searches: [wholeSearch, ...searches], difference });
  if (whole.compare) {
    const topic = whole.text.replace(/\d{2,3}年/g, '');
    return plan(
      whole.years.map((y) => ({ ...whole, years: [y], compare: false, period: periodOfYear(whole, y), label: `${y}年` })),
      whole.years.map((y) => `${y}年 ${topic}`),
      DIFFERENCE.test(whole.text),
    );
  }
  const pieces = /[\u3400-\u9fff]/.test(message) ? splitPieces(message) : [message];
  if (pieces.length >= 2) {
    const queries: Query[] = [];
    for (const piece of pieces) queries.push(read(piece, queries[queries.length - 1] ?? previous));
    const first = queries[0]!;
    const sameMeasure = queries.every((p) => p.asks[0]?.kind === first.asks[0]?.kind);
    if (TRANSITION.test(whole.text) && sameMeasure) return plan([transitionPart({ ...whole, asks: first.asks })], [wholeSearch]);
    return plan(queries, queries.map((q, i) => (i === 0 ? wholeSearch : isElliptical(q) ? retrievalText(q) : withContext(q))));
  }
  const periods = periodFacetsOf(whole.text);
  if (periods) return plan(periods.map((words) => periodPart(whole, words)), [wholeSearch, wholeSearch]);
  const facets = facetsOf(whole);
  if (facets) return plan([facetPart(whole, facets[0], facets[1]), facetPart(whole, facets[1], facets[0])], [wholeSearch, wholeSearch]);
  if (TRANSITION.test(whole.text) && whole.asks.length === 1) return plan([transitionPart(whole)], [wholeSearch]);
  return plan([whole], [wholeSearch]);
}
