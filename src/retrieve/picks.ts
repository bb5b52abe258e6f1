// Which figures of a sentence answer the question: for each figure asked, the figure of the
// asked kind and unit (of the year asked) that stands nearest the question's terms — and, in
// a part about one of several things (「國中和國小校長各…」), nearest that thing. A question that
// asks the same measure twice (原本…最後…) gets two different figures. Runtime-neutral.
import type { Figure } from '../text/numbers';
import { isFigureAsk, PERSON_UNITS, unitFit, type Ask } from './asks';
import { clauseAt, type Candidate } from './candidates';
import { closeness, keyTerm, localShare, weakestNear } from './coverage';
import { RANKING } from './ranking-options';
import { termCoverage, type Term } from './terms';
import { yearFits } from './time';
import type { Query } from './understand';

export interface Pick {
  ask: Ask;
  figure: Figure;
  /** share of the terms in the clauses around the figure */
  local: number;
  /** how close the figure stands to the question's telling term (or the part's own thing) */
  closeness: number;
  /** the figure is given as a total of parts listed before it */
  total: boolean;
  /** only the general classifier 個 matches the asked unit */
  loose: boolean;
  /** the least present of the question's names near the figure */
  weakest: number;
  /** the figure is a change (增加 145人, 較去年同期減少264人) */
  change: boolean;
  /** the figure is given per unit or as a cap (每門以5萬元, 每節18,000元, 80萬元以下) */
  rate: boolean;
}

/** Words just before a figure that make it a change rather than a level. */
const CHANGE_BEFORE = /(?:增加|減少|增列|減列|增|減|成長|下降|降低|提高|高出|多出|超出)(?:了|約|達)?$/;

/** Text before a figure that marks it as the value before a change (由 8,462人, 原計畫…340班, 修編前…22(8)人). */
const BEFORE_CHANGE = /(?:由|從|原|前)[^，,；;。]{0,16}$/;
/** …and after it (減少為 5,935人, 減至 591人, 追加辦理至 381班, 修編後 19(2)人). */
const AFTER_CHANGE = /(?:為|至|到|成|後)[^，,；;。]{0,6}$/;

/** A question asking how things ended: 最後辦到幾班, 後來剩幾人, 結果開了幾班, 整併完剩幾人, 移撥之後編制多少. */
const ASKS_END = /最後|後來|結果|最終|剩|之後|以後/;
/** A change verb that leads a figure's clause or the one before it (減列主任3人、…各3人，共計3(6)人): the figure counts the change. */
const CHANGE_LEAD = /(?:增列|減列|增加|減少|刪減|裁減|移撥)[^；;。]{0,30}$/;

/** A figure marked as the value after a change (+1), before it or as the change itself (−1), or neither (0). */
function changeSide(c: Candidate, f: Figure): number {
  const before = c.normalized.text.slice(0, f.start);
  return AFTER_CHANGE.test(before) ? 1 : BEFORE_CHANGE.test(before) || CHANGE_LEAD.test(before) ? -1 : 0;
}

/** A question asking for a part of a whole: 報名的人裡有幾位是主管, 委員會裡已經達標的有幾個, 其中幾件, 委員會有幾個已經符合. */
const ASKS_PART = /(?:裡面?|當中|之中|其中)[^，,？?]{0,12}(?:幾|多少)|(?:幾|多少)個?(?:已經|已)/;

/** Text after a figure that breaks it down into parts: 應依規定比例聘（派）者計103個，其中…: the whole, not a part. */
const PARTS_AFTER = /^[^。；;]{0,30}?其中/;

/** What parts the items of a list. */
const LIST_MARK = /[、及和與跟]/;

/** Where a term stands relative to a figure: clauses before it count as nearer than clauses after (the subject comes first). */
function distance(c: Candidate, figure: Figure, term: Term): number {
  const text = c.normalized.text;
  const clauseOf = (pos: number): number => clauseAt(c, pos);
  const at = clauseOf(figure.start);
  let best = Infinity;
  for (const s of [term.text, ...term.alts].filter((x) => x.length >= 2)) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      const k = clauseOf(i);
      const before = i + s.length <= figure.start;
      const between = before ? text.slice(i + s.length, figure.start) : text.slice(figure.end, i);
      // in one clause, a name across a 、 or 及 is another item's (國中主任40人、國小主任62人; 6名國中校長及26名國小校長)
      const d = k === at ? (LIST_MARK.test(between) ? 1 : 0) : k < at ? (at - k) * 2 : (k - at) * 2 + 1;
      best = Math.min(best, d * 1000 + between.length);
    }
  }
  return best;
}

/** In a part about one of two things, a figure that stands nearer the other thing is the other's (實體…266人 / 遠距…112人). */
function ownedByRival(c: Candidate, figure: Figure, own: Term, rival: Term): boolean {
  return distance(c, figure, rival) < distance(c, figure, own);
}

/**
 * Two sides the sentence pairs with 與 / 及 / 和 / 或 (採實體與遠距同步進行), each two characters: when the
 * question names one and a later clause of the sentence starts with the other (，實體課程部分…266人), a
 * count or amount nearer the other side is that side's, not the one asked (遠距上課的有幾位).
 */
const TWO_CHARACTERS = /^[\u4e00-\u9fff]{2}$/;

function pairedRival(q: Query, c: Candidate): { own: Term; rival: Term } | null {
  const text = c.normalized.text;
  for (const own of q.terms.filter((t) => TWO_CHARACTERS.test(t.text) && text.includes(t.text))) {
    const m = text.match(new RegExp(`([\u4e00-\u9fff]{2})[與及和或]${own.text}|${own.text}[與及和或]([\u4e00-\u9fff]{2})`));
    const side = m?.[1] ?? m?.[2];
    if (!m || !side || q.text.includes(side) || !new RegExp(`[，,；;]${side}`).test(text.slice((m.index ?? 0) + m[0].length))) continue;
    return { own, rival: { ...own, text: side, alts: [] } };
  }
  return null;
}

/** A Chinese character; a name of Chinese characters only. */
const HAN = /^[\u4e00-\u9fff]$/;
const NAME = /^[\u4e00-\u9fff]+$/;

/** The clause of the question that holds its asking words (改增置幾個科員 of 經發局減了10個管理員，改增置幾個科員？). */
function askingClause(question: string, cue: string): string {
  return question.split(/[，,。？?；;！!]/).find((part) => part.includes(cue)) ?? question;
}

/** The last character of a name for a group of people or a class of things (中高級班, 教育人員, 第二類). */
const GROUP_HEAD = /[班組級類員師生長隊科處局所校]$/;

/** A term as the question and the sentence both print it: with the characters that follow it in both (中高級 → 中高級班). */
function printedWith(term: string, question: string, text: string, at: number): string {
  const from = question.indexOf(term);
  let word = term;
  while (from >= 0 && word.length < term.length + 2) {
    const next = question[from + word.length];
    if (next === undefined || !HAN.test(next) || text[at + word.length] !== next) break;
    word += next;
  }
  return word;
}

/**
 * A name of a group of the question's (three characters or more, as printed) that the sentence
 * counts in one clause while another clause counts a sibling of it — a name ending in the same
 * two characters after another one (初級班 beside 中高級班, 教育人員 beside 公務人員), which the question does not
 * name: a figure nearer the sibling is the sibling's.
 */
function siblingRival(q: Query, c: Candidate, ask: Ask): { own: Term; rival: Term } | null {
  const text = c.normalized.text;
  const counting = new Set(c.figures.filter((f) => unitFit(ask, f)).map((f) => clauseAt(c, f.start)));
  const asking = askingClause(q.text, ask.cue);
  for (const term of q.terms.filter((t) => asking.includes(t.text))) {
    const at = text.indexOf(term.text);
    if (at < 0 || !counting.has(clauseAt(c, at))) continue;
    const own = printedWith(term.text, asking, text, at);
    if (own.length < 3 || !NAME.test(own) || !GROUP_HEAD.test(own)) continue;
    const suffix = own.slice(-2);
    for (let i = text.indexOf(suffix, 1); i >= 0; i = text.indexOf(suffix, i + 1)) {
      const side = text.slice(i - 1, i + 2);
      if (side === own.slice(-3) || !NAME.test(side) || /^[之的及與和或在為於計有共]/.test(side) || q.text.includes(side)) continue;
      const k = clauseAt(c, i);
      if (k !== clauseAt(c, at) && counting.has(k)) return { own: { ...term, text: own, alts: [] }, rival: { ...term, text: side, alts: [] } };
    }
  }
  return null;
}

/** Text before a figure given per unit or as a cap: 每門以5萬元計算, 每人最高新台幣5,000元, 每節18,000元, 最高補助3萬元. */
const RATE_BEFORE = /每[\u4e00-\u9fff]{1,2}(?:以|可|最高|約|為|達)?(?:新[臺台]幣)?$|(?:最高|上限)(?:補助|可貸|為|達)?(?:新[臺台]幣)?$/;

/** Text after a figure given as a cap: 80萬元以下, 5天為限. */
const CAP_AFTER = /^(?:以下|以內|為限|為上限)/;

/** A question asking per unit or for a cap (每節可以領多少, 每人補助多少, 最多可以借多少). */
const ASKS_RATE = /每[\u4e00-\u9fff]|最多|最高|上限|以下|以內/;

/** A question about a total: 總共花了多少, 一共發了幾份, 合計; or about what was spent (花在…的經費, 支出多少), which is never one person's cap. */
export const TOTAL_ASKED = /總共|一共|總計|合計|共計|總額|總金額|總數|總預算|總經費|加起來|花了|花在|花掉|花費|支出/;

/** Words that announce a total just before a figure. */
const TOTAL_BEFORE = /(?:合計|總計|共計|總共|共|計)(?:有)?$/;

/** A total of the parts listed before it: "單身34人、有眷9人，計43人". */
export function isTotal(c: Candidate, f: Figure): boolean {
  const parts = c.figures.filter((g) => g.end <= f.start && g.unit === f.unit).length;
  return parts >= 2 && TOTAL_BEFORE.test(c.normalized.text.slice(0, f.start));
}

/** A question that checks a figure it states (是881人嗎, 是不是881人): that figure may be the answer. */
const CONFIRMS = /是不是|是否為|對嗎|嗎[？?]?$/;

/** Whether a figure of the sentence is one the question itself states (the same number, the same unit). */
function isStated(q: Query, f: Figure): boolean {
  const sameUnit = (a: string, b: string): boolean => a === b || (PERSON_UNITS.includes(a) && PERSON_UNITS.includes(b));
  return q.stated.some((s) => s.value === f.value && s.kind === f.kind && sameUnit(s.unit, f.unit));
}

/** Words between an event and a question's asking words for its date: 頒獎典禮在哪一天, 生效是什麼時候, 小組要在什麼時候, 典禮辦在哪天. */
const DATE_LINK = /^(?:舉辦|舉行|召開|辦)?(?:是在|是|在|於|的|為|要在|會在|將在)?$/;

/** Words after a date's asking words that only place the event against the date (什麼時候之前成立, 哪天開始施行): the event comes after them. */
const DATE_PLACE = /^(?:之前|以前|前|之後|以後|起|開始|要|會|就|才)*/;

/**
 * The question's word right after an ask's words (幾個人參訓 → 參訓, 幾人取得證照 → 取得證照): what the
 * counted did; for a date with none after, the word just before them (頒獎典禮在哪一天): the event dated.
 */
function predicateOf(q: Query, ask: Ask): Term | null {
  const at = q.text.indexOf(ask.cue);
  if (at < 0) return null;
  const cueEnd = at + ask.cue.length;
  const end = ask.kind === 'date' ? cueEnd + (DATE_PLACE.exec(q.text.slice(cueEnd))?.[0].length ?? 0) : cueEnd;
  const after = q.terms.find((t) => {
    const i = q.text.indexOf(t.text, end);
    return i >= end && i <= end + 1;
  });
  if (after || ask.kind !== 'date') return after ?? null;
  return q.terms.find((t) => {
    const i = q.text.lastIndexOf(t.text, at - t.text.length);
    return i >= 0 && DATE_LINK.test(q.text.slice(i + t.text.length, at));
  }) ?? null;
}

/** A day the question names a thing by (7月30號那班, 12月8日來訪的): month (when given) and day. */
const DAY_NAMED = /(?:(\d{1,2})月)?(\d{1,2})[日號](?![\d])/g;

function daysNamed(q: Query): { month: number | null; day: number }[] {
  return [...q.text.matchAll(DAY_NAMED)].map((m) => ({ month: m[1] ? Number(m[1]) : null, day: Number(m[2]) }));
}

/** The days a date of the sentence gives (111年9月5日至30日: 9/5 and 9/30), each with the month last named. */
function daysOf(date: string): { month: number | null; day: number }[] {
  let month: number | null = null;
  return [...date.matchAll(/(?:(\d{1,2})月)?(\d{1,2})日/g)].map((m) => {
    if (m[1]) month = Number(m[1]);
    return { month, day: Number(m[2]) };
  });
}

/**
 * A month the question names a thing by, with no day (111年11月驗收的, 10月辦的): not one end of a
 * period (7到12月, 7月至12月), not a month's start or end (12月底), not a month with its day.
 */
const MONTH_NAMED = /(?<![到至~～\-－]\s?)(?<!\d)(\d{1,2})月(?!份?(?:底|初|中|到|至|~|～|-|－|\d))/g;

function monthsNamed(q: Query): number[] {
  return [...q.text.matchAll(MONTH_NAMED)].map((m) => Number(m[1]));
}

/** The months a date of the sentence names (111年9月5日至10月30日: 9 and 10). */
function monthsOf(date: string): number[] {
  return [...date.matchAll(/(?<!\d)(\d{1,2})月/g)].map((m) => Number(m[1]));
}

/**
 * Whether the sentence gives a day the question names a thing by (11月30日視訊的: the sentence of
 * 111年11月30日), or the month it names one by (11月驗收的: 111年11月驗收完成).
 */
export function givesDayNamed(q: Query, c: Candidate): boolean {
  const named = daysNamed(q);
  const months = monthsNamed(q);
  if (named.length === 0 && months.length === 0) return false;
  const dates = c.figures.filter((f) => f.kind === 'date');
  const given = dates.flatMap((f) => daysOf(f.text));
  if (named.some((n) => given.some((g) => g.day === n.day && (n.month === null || g.month === null || g.month === n.month)))) return true;
  return months.length > 0 && dates.some((f) => monthsOf(f.text).some((m) => months.includes(m)));
}

/** Whether the last date the sentence names before a figure is a day the question names (…及於同年月30日辦理…21人參訓). */
function onDayNamed(c: Candidate, f: Figure, days: { month: number | null; day: number }[]): boolean {
  const date = c.figures.filter((g) => g.kind === 'date' && g.end <= f.start).at(-1);
  const day = date?.text.match(/(\d{1,2})日(?!.*\d日)/)?.[1];
  if (!date || day === undefined) return false;
  const month = date.text.match(/(\d{1,2})月(?!.*\d月)/)?.[1];
  return days.some((d) => d.day === Number(day) && (d.month === null || month === undefined || d.month === Number(month)));
}

/** The name a bare classifier 個 counts (12個姊妹市 → 姊妹): its first two characters. */
const COUNTED_AFTER = /^[\u4e00-\u9fff]{2}/;

/**
 * Whether a figure in the bare classifier 個 answers a count in another unit (幾家醫學中心: 4個醫學中心):
 * only when what it counts is named in the question too, or it names nothing (12個姊妹市 does not count 幾本桌曆).
 */
function countsAsked(q: Query, c: Candidate, f: Figure): boolean {
  const counted = COUNTED_AFTER.exec(c.normalized.text.slice(f.end))?.[0];
  return counted === undefined || q.text.includes(counted);
}

/** A word just before a term that says it is not so: 尚未符合, 未達, 沒有通過. */
const NOT_BEFORE = /(?:尚未|仍未|未|沒有|沒|不)$/;

/** A question that asks what is not so, or what is left: 還差幾個, 沒通過的, 未達標, 剩幾個. */
const ASKS_NOT = /未|沒|不|差|缺|剩|仍|還有/;

/** Whether the figure's clause says one of the question's words is not so (尚未符合性別比例規定13個 for 幾個符合). */
function negatedInClause(q: Query, c: Candidate, f: Figure): boolean {
  const clause = c.clauses[clauseAt(c, f.start)];
  if (!clause) return false;
  return q.terms.some((t) => {
    for (let at = clause.text.indexOf(t.text); at >= 0; at = clause.text.indexOf(t.text, at + 1)) if (NOT_BEFORE.test(clause.text.slice(0, at))) return true;
    return false;
  });
}

/** The rate a percentage is printed as (完訓率達23.3%, 滿意度達91.35%), right before it in its clause. */
const RATE_LABEL = /([\u4e00-\u9fff]{1,4}(?:率|度|比例))[^，,；;。：:\d]{0,3}$/;
const SATISFACTION = /滿意/;

/**
 * Whether a percentage is printed as a rate of another kind than the one asked: how satisfied
 * people were (滿意度) and how many did something (完訓率, 通過率, 比例) are different measures.
 */
function anotherRate(q: Query, c: Candidate, f: Figure): boolean {
  const label = RATE_LABEL.exec(c.normalized.text.slice(Math.max(0, f.start - 12), f.start))?.[1];
  return label !== undefined && SATISFACTION.test(q.text) !== SATISFACTION.test(label);
}

/** A question about what a period added: 新申請, 新加入, 新簽約, 新增 (新進人員 is a name, not asked here). */
const NEW_ASKED = /新(?:申請|加入|簽約?|開辦|增)/;
/** Words before a figure (in its clause) that make it what stands at a date, not what a period added: 尚在貸款中者有15件, 累計. */
const STOCK_BEFORE = /(?:尚在|仍在|累計|截至|截止|現有|迄今)[^，,；;。]{0,20}$/;
/** …or a clause of its own right before the figure's that names the date (截至113年12月31日止，…共計748家). */
const STOCK_DATE_BEFORE = /(?:截至|截止|迄)[^，,；;。]{0,16}止[，,][^，,；;。]{0,20}$/;

/** Whether a figure is given as what stands at a date: no answer to what a period added. */
function stockAt(c: Candidate, f: Figure): boolean {
  const at = clauseAt(c, f.start);
  const clause = c.clauses[at];
  if (clause === undefined) return false;
  if (STOCK_BEFORE.test(c.normalized.text.slice(clause.start, f.start))) return true;
  const before = c.clauses[at - 1];
  return before !== undefined && STOCK_DATE_BEFORE.test(c.normalized.text.slice(before.start, f.start));
}

/** A role a question counts people of (幾位講師, 志工有多少人), not people in general (人員, 同仁, 學員). */
const ROLE_END = /(?:[師客工員長生官賓]|主任)$/;
const ANY_PEOPLE = /^(?:人員|同仁|員工|職員|公務員|公務人員|學員|學生|民眾)$/;
/** The role a count of people is printed with: right before it (書畫班學員22人, 儲訓主任40人) or right after it (34名國際貴賓). */
const ROLE_BEFORE = /([\u4e00-\u9fff]{1,3}(?:[師客工員長生官賓]|主任))(?:計有|共計|合計|總計|計|共|有|達|約|為)?$/;
const ROLE_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:[師客工員長生官賓]|主任)/;

function askedRole(q: Query): Term | null {
  const asked = (t: Term): boolean => t.nearCue || q.asks.some((a) => a.cue.includes(t.text));
  return q.terms.find((t) => asked(t) && !t.verb && ROLE_END.test(t.text) && !ANY_PEOPLE.test(t.text)) ?? null;
}

/**
 * Whether a count of people is printed as people of another role than the one asked, which the
 * sentence never names (志工有多少人: 書畫班學員22人; 幾位講師: 儲訓主任40人).
 */
function anotherRole(role: Term, c: Candidate, f: Figure): boolean {
  const text = c.normalized.text;
  if (termCoverage(role, text) >= RANKING.held) return false;
  const printed = ROLE_BEFORE.exec(text.slice(Math.max(0, f.start - 8), f.start))?.[1] ?? ROLE_AFTER.exec(text.slice(f.end, f.end + 5))?.[0];
  return printed !== undefined && !printed.includes(role.text) && !role.text.includes(printed);
}

/** Whether a term stands in the figure's own clause. */
function inOwnClause(c: Candidate, f: Figure, t: Term): boolean {
  const clause = c.clauses[clauseAt(c, f.start)];
  return clause !== undefined && termCoverage(t, c.normalized.text.slice(clause.start, clause.end)) >= RANKING.held;
}

/** Two years named in the question: a change between them is computed from the two levels, not printed. */
const TWO_YEARS = /\d{2,3}年[^]*\d{2,3}年/;

/** Whether the question asks a change the report prints (增加多少, 超過規定多少), not one between two years' levels. */
export function asksChangeItself(q: Query): boolean {
  return q.changeAsked && !TWO_YEARS.test(q.text);
}

export function pickFigures(q: Query, c: Candidate): Pick[] {
  const picks: Pick[] = [];
  const near = q.facet ?? keyTerm(q);
  // a figure the question states is what it starts from (那881人裡有幾位是主管): not its answer
  const premise = (f: Figure): boolean => !CONFIRMS.test(q.text) && isStated(q, f);
  const days = daysNamed(q);
  // …unless it asks the change itself (廢掉以後減了幾個主任)
  const endAsked = ASKS_END.test(q.text);
  const asksEnd = endAsked && !q.changeAsked;
  const asksPart = ASKS_PART.test(q.text);
  // …and a whole (總共有幾個), not how it ended (總共剩幾個)
  const asksWhole = !asksPart && !endAsked && TOTAL_ASKED.test(q.text);
  const asksNot = ASKS_NOT.test(q.text);
  const asksNew = NEW_ASKED.test(q.text);
  const role = askedRole(q);
  const paired = q.facet ? null : pairedRival(q, c);
  const options = (ask: Ask): { pick: Pick; score: number }[] => {
    const predicate = predicateOf(q, ask);
    const sibling = q.facet ? null : siblingRival(q, c, ask);
    return c.figures.flatMap((f) => {
      const fit = unitFit(ask, f);
      if (!fit || premise(f)) return [];
      if (fit === 'loose' && f.unit === '個' && !countsAsked(q, c, f)) return [];
      if (ask.kind === 'percent' && anotherRate(q, c, f)) return [];
      if (asksNew && stockAt(c, f)) return [];
      if (role && ask.units.includes('人') && anotherRole(role, c, f)) return [];
      if (q.years.length > 0 && !yearFits(c, f.start, q.years)) return [];
      if (q.facet && q.rival && ownedByRival(c, f, q.facet, q.rival)) return [];
      if (paired && f.kind !== 'date' && ownedByRival(c, f, paired.own, paired.rival)) return [];
      if (sibling && ownedByRival(c, f, sibling.own, sibling.rival)) return [];
      const total = isTotal(c, f);
      const pick: Pick = {
        ask,
        figure: f,
        local: localShare(q.terms, c, f.start),
        closeness: near ? closeness(c, f, near) : 0,
        total,
        loose: fit === 'loose',
        weakest: weakestNear(q.terms, c, f.start),
        change: CHANGE_BEFORE.test(c.normalized.text.slice(0, f.start)),
        rate: RATE_BEFORE.test(c.normalized.text.slice(0, f.start)) || CAP_AFTER.test(c.normalized.text.slice(f.end)),
      };
      const score =
        pick.local + (total ? RANKING.total : 0) + (q.facet ? RANKING.facetCloseness * pick.closeness : 0) + (predicate && inOwnClause(c, f, predicate) ? RANKING.predicate : 0) +
        (days.length > 0 && onDayNamed(c, f, days) ? RANKING.dayNamed : 0) +
        (asksEnd ? RANKING.endState * changeSide(c, f) : 0) +
        (asksPart && PARTS_AFTER.test(c.normalized.text.slice(f.end)) ? -RANKING.partOf : 0) +
        (asksWhole && TOTAL_BEFORE.test(c.normalized.text.slice(0, f.start)) ? RANKING.wholeAnnounced : 0) +
        (!asksNot && negatedInClause(q, c, f) ? -RANKING.negated : 0);
      return [{ pick, score }];
    });
  };
  if (q.transition) return transitionPicks(c, q.asks[0], options);
  const perUnit = ASKS_RATE.test(q.text);
  for (const ask of q.asks.filter(isFigureAsk)) {
    const open = options(ask).filter((o) => !picks.some((p) => p.figure === o.pick.figure));
    // a figure in the asked unit first; one that only has the classifier 個 when there is none;
    // a figure per unit only for a question that asks per unit (and for it first)
    const preferred = (list: typeof open, keep: (o: (typeof open)[number]) => boolean): typeof open => (list.some(keep) ? list.filter(keep) : list);
    // …and, when no change is asked, a level before a change (由3,462人減少為2,080人: not 減少1,382人); when the change
    // itself is asked, the change (高出8.19%: not the level 26.19%)
    const changeItself = asksChangeItself(q);
    const fitting = preferred(preferred(preferred(open, (o) => !o.pick.loose), (o) => o.pick.rate === perUnit), (o) => (changeItself ? o.pick.change : q.changeAsked || !o.pick.change));
    const best = fitting.sort((a, b) => b.score - a.score)[0];
    if (best) picks.push(best.pick);
  }
  return picks;
}

/**
 * The same measure before and after a change: the figure marked as the value after it, and
 * the one marked as the value before it (of the same unit when there is one); without such
 * marks the two best, in the order printed.
 */
function transitionPicks(c: Candidate, ask: Ask | undefined, options: (ask: Ask) => { pick: Pick; score: number }[]): Pick[] {
  if (!ask || !isFigureAsk(ask)) return [];
  const all = options(ask).sort((a, b) => b.score - a.score);
  const before = (o: { pick: Pick }): string => c.normalized.text.slice(0, o.pick.figure.start);
  const after = all.find((o) => AFTER_CHANGE.test(before(o)));
  const from = all.filter((o) => o !== after && !AFTER_CHANGE.test(before(o)) && BEFORE_CHANGE.test(before(o)));
  const start = from.find((o) => o.pick.figure.unit === after?.pick.figure.unit) ?? from[0];
  const pair = after && start ? [start, after] : all.slice(0, 2);
  return pair.map((o) => o.pick).sort((a, b) => a.figure.start - b.figure.start);
}
