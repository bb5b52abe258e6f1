// Follow-up questions without a language model: 「那106年呢？」 keeps the previous question's
// topic and replaces its year; 「原住民呢？」 replaces the group asked about; a question with a
// topic of its own but no year (「互指為心儀對象的有幾對？」) prefers the year the conversation
// was about. Runtime-neutral.
import { UNITS } from '../text/numbers';
import type { Term } from './terms';
import type { Query } from './understand';

/** Terms that take each other's place in a follow-up: asking about 原住民 drops 身心障礙. */
const FACETS: string[][] = [
  ['身心障礙', '身障', '原住民', '女性', '男性', '公務人員', '教職員', '教育人員', '警察', '消防', '簡任', '薦任', '委任', '退休人員', '單身者', '有眷者'],
  ['比例', '比率', '人數', '金額', '場次', '人次', '件數'],
  ['上半年', '下半年', '全年', '全年度', '年底'],
  // how a class is held
  ['實體', '遠距', '線上', '視訊', '數位'],
];

const ELLIPTICAL_START = /^(?:那麼|那|而|至於|還有|另外|其中|以及|換成|如果是)/;
const ELLIPTICAL_END = /呢[?？]?$/;
/** At most this many characters besides its asking words, a question leans on the one before for its topic. */
const SHORTEST_TOPIC = 2;

/** The group of a term that names a facet, or names it without its last character (單身 of 單身者, 有眷 of 有眷者; not 退休 of 退休人員). */
function facetOf(term: string): number {
  return FACETS.findIndex((group) => group.some((f) => term.includes(f) || (term.length >= 2 && f.slice(0, -1) === term)));
}

/**
 * A follow-up that leans on the previous question for its topic: 「那106年呢？」, 「其中…」,
 * one that names only a group, a measure or an action (「有多少人參加？」, 「公務人員有幾位？」),
 * or hardly anything besides its asking words (「展到哪天？」).
 */
export function isElliptical(q: Query): boolean {
  const bare = q.text.replace(/[?？!！。\s]/g, '');
  if (ELLIPTICAL_START.test(bare) || ELLIPTICAL_END.test(q.text) || q.asks.length === 0) return true;
  // a word or two besides its asking words (展到哪天, 費用多少) names no topic of its own
  const rest = q.asks.reduce((text, a) => text.replace(a.cue, ''), bare).replace(/[^\u4e00-\u9fff]/g, '');
  if (rest.length <= SHORTEST_TOPIC) return true;
  return !q.terms.some((t) => !t.verb && facetOf(t.text) < 0);
}

/** Words that name the measure (人次, 場次), not the thing counted. */
const UNIT_WORDS = new Set(UNITS);

/** How much a term of an earlier part of the same message counts in a later part (「…補助多少錢？一般公務人員呢？」). */
const PIECE_CONTEXT = 0.6;

/** A character that joins two parts of one name (人際關係與溝通技巧研習班, 中級暨中高級班). */
const NAME_JOINT = /[與及和暨]/;

/** Characters after a word that end no name (日語班呢, 鳳山區的). */
const PARTICLE = /[呢的有是了在和跟與及或嗎啊]/;

/**
 * Heads of names of one kind: in a follow-up, a name with one takes the place of an earlier
 * name with another (那駕駛教育訓練呢 after 長照新知研習班: a training for a training; 那警察局呢
 * after 衛生局: an agency for an agency; 那專門委員呢 after 首長: a position for a position). A
 * head in no group is of its own kind (日語班 for 英語班).
 */
const KINDS: readonly (readonly string[])[] = [
  ['訓練', '研習', '課程', '講座', '工作坊', '班', '營'],
  ['委員會', '中心', '公所', '局', '處'],
  // positions (那主任秘書呢 after 首長); after the agencies, so that 委員會 is one
  ['首長', '秘書', '委員', '主管', '主任', '科長', '局長', '處長', '所長', '隊長', '校長', '專員'],
];

/** A kind of KINDS (a class, an agency, a position), not a name's own last character. */
const NAMED_KIND = /^kind\d$/;

/** The head that starts at `at`: its kind (its group, or the character itself) and its length. */
function headAt(text: string, at: number): { kind: string; length: number } | null {
  const ch = text[at] ?? '';
  if (!/[\u4e00-\u9fff]/.test(ch)) return null;
  for (const [group, heads] of KINDS.entries()) {
    const head = heads.find((h) => text.startsWith(h, at));
    if (head) return { kind: `kind${group}`, length: head.length };
  }
  return { kind: ch, length: 1 };
}

/** The kind of a name of the question: of the word right after it (日語班 → 班), or of the head it ends with (駕駛訓練 → 訓練), or of its own last character (鳳山區 → 區). */
function kindOf(term: Term, text: string): string | null {
  const at = text.indexOf(term.text);
  if (at < 0) return null;
  const next = text[at + term.text.length] ?? '';
  if (/[\u4e00-\u9fff]/.test(next) && !PARTICLE.test(next)) return headAt(text, at + term.text.length)?.kind ?? null;
  const ending = KINDS.findIndex((heads) => heads.some((h) => term.text.endsWith(h)));
  return ending >= 0 ? `kind${ending}` : (headAt(text, at + term.text.length - 1)?.kind ?? null);
}

/**
 * Terms of the earlier question that make up a name with a head of one of these kinds: a term
 * that ends with the head (鳳山區), and the run of terms right before it (多益 密集 加強 in
 * 多益密集加強班, for 那日語班呢 — a name of the same kind takes its place).
 */
function namesOfKinds(kinds: Set<string>, previous: Term[], text: string): Set<string> {
  const out = new Set<string>();
  const endingAt = (end: number): Term | undefined =>
    previous.find((t) => t.text.length >= 2 && end >= t.text.length && text.slice(end - t.text.length, end) === t.text);
  // the term of a name that ends at `end`, or right before a character joining two parts of the name, and where it starts
  const partEndingAt = (end: number): { term: Term; start: number } | null => {
    const at = endingAt(end) ? end : NAME_JOINT.test(text[end - 1] ?? '') ? end - 1 : end;
    const term = endingAt(at);
    return term ? { term, start: at - term.text.length } : null;
  };
  for (let i = 0; i < text.length; i++) {
    const head = headAt(text, i);
    if (head === null || !kinds.has(head.kind)) continue;
    // a term that itself ends with the head (鳳山區, 研習班) is the name
    const whole = endingAt(i + head.length);
    if (whole) out.add(whole.text);
    // …and so are the terms right before the head, back to the name's start, over the words that
    // join its parts (職場人際關係與溝通技巧研習班: 人際關係 and 職場 are of the name too)
    for (let part = partEndingAt(i); part; part = partEndingAt(part.start)) out.add(part.term.text);
  }
  return out;
}

/**
 * Two names one character apart — one put in place of another (國中 / 國小, 初級 / 中級) or
 * added (中級班 / 中高級班): in a follow-up, the one named takes the other's place.
 */
export function oneApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 2 || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // the rest after the one differing character is the same
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** The names a follow-up asks about: words the reports use, not figures (10年) or glue (那滿). */
function namesOf(terms: Term[]): Term[] {
  return terms.filter((t) => !t.verb && t.known && !/\d/.test(t.text));
}

/**
 * What a follow-up's name takes the place of among the earlier question's terms: a term one
 * character apart (國中 for 國小), one of the same group (原住民 for 身心障礙), or the part of a
 * longer name it stands for (國中 in 國小主任儲訓班: the rest of that name still holds).
 */
function replacedBy(name: Term, previous: Term[]): Term | null {
  const group = facetOf(name.text);
  const whole = previous.find((t) => oneApart(name.text, t.text) || (group >= 0 && facetOf(t.text) === group && t.text !== name.text));
  if (whole) return whole;
  for (const t of previous) {
    for (let i = 0; i + name.text.length < t.text.length + 1 && t.text.length > name.text.length; i++) {
      const part = t.text.slice(i, i + name.text.length);
      if (oneApart(part, name.text) && part.length === name.text.length) return { ...t, text: part, alts: [], pieces: [], grams: [] };
    }
  }
  return null;
}

function mergeTerms(current: Term[], previous: Term[], previousWeight: number, texts?: { current: string; previous: string }): Term[] {
  const replaced = new Set(current.map((t) => facetOf(t.text)).filter((f) => f >= 0));
  const names = namesOf(current);
  // each of the follow-up's own names may take the place of an earlier one a character apart
  const sibling = (t: Term): boolean => names.some((n) => oneApart(n.text, t.text));
  // the kinds of the names it asks about, and of a class, agency or position a word it holds heads (那退休理財班呢: 理財 reads as a verb)
  const headed = (t: Term, text: string): string | null => {
    const kind = kindOf(t, text);
    return names.includes(t) || (kind !== null && NAMED_KIND.test(kind)) ? kind : null;
  };
  const kinds = (text: string): Set<string> => new Set(current.map((t) => headed(t, text)).filter((k): k is string => k !== null));
  const sameKind = texts ? namesOfKinds(kinds(texts.current), previous, texts.previous) : new Set<string>();
  const kept = previous
    .filter((t) => !replaced.has(facetOf(t.text)) && !sameKind.has(t.text) && !sibling(t) && !current.some((c) => c.text === t.text))
    .map((t) => ({ ...t, weight: t.weight * previousWeight, required: false }));
  return [...current, ...kept];
}

export function mergeFollowUp(current: Query, previous: Query | null): Query {
  if (!previous) return current;
  const previousYears = previous.years.length > 0 ? previous.years : previous.softYears;
  if (!isElliptical(current)) {
    // a question of its own: the conversation's year is only a preference
    return current.years.length > 0 ? current : { ...current, softYears: previousYears };
  }
  const years = current.years.length > 0 ? current.years : previousYears;
  const hasPeriod = current.period.parts.size > 0 || current.period.months.size > 0 || current.period.current;
  // the thing the follow-up names and the earlier question did not is the one its figure stands by
  // (那中高級班呢: beside 中高級班, not beside the 中級班 it takes the place of)
  const own = namesOf(current.terms).filter((t) => !previous.terms.some((p) => p.text === t.text)).sort((a, b) => b.weight - a.weight)[0] ?? null;
  return {
    ...current,
    years,
    softYears: [],
    compare: years.length >= 2,
    period: hasPeriod ? current.period : previous.period,
    asks: current.asks.length > 0 ? current.asks : previous.asks,
    changeAsked: current.asks.length > 0 ? current.changeAsked : previous.changeAsked,
    // …and when it names an agency or a class in the place of another (那經發局的呢 after 捷運局), a
    // sentence that does not name it anywhere around answers the earlier question, not this one
    terms: mergeTerms(current.terms.map((t) => (t === own && NAMED_KIND.test(kindOf(t, current.text) ?? '') ? { ...t, required: true } : t)), previous.terms, current.terms.length > 0 ? 0.8 : 1, { current: current.text, previous: previous.text }),
    facet: current.facet ?? own,
    rival: current.rival ?? (own ? replacedBy(own, previous.terms) : null),
  };
}

/**
 * A later part of the same message: it keeps the earlier part's year, period and what it
 * asks when it names none, and its topic at a lower weight (「106年CEDAW完訓人數多少？完訓率多少？」).
 */
export function mergePiece(current: Query, previous: Query): Query {
  const years = current.years.length > 0 ? current.years : previous.years;
  const hasPeriod = current.period.parts.size > 0 || current.period.months.size > 0 || current.period.current;
  const elliptical = isElliptical(current);
  // 「…場地開放了幾場次？會議室呢？」, 「…會議室被申請用了幾場？」: the thing the later part names,
  // and the earlier one does not, is the one its figure stands by
  const ownThing = (t: Term): boolean => t.known && !previous.terms.some((p) => p.text === t.text);
  const named = [...current.terms].filter((t) => !t.verb && !UNIT_WORDS.has(t.text) && (elliptical || ownThing(t)));
  const own = named.sort((a, b) => b.weight - a.weight)[0] ?? null;
  return {
    ...current,
    facet: current.facet ?? own,
    years,
    softYears: years.length > 0 ? [] : previous.softYears,
    compare: false,
    period: hasPeriod ? current.period : previous.period,
    asks: current.asks.length > 0 ? current.asks : previous.asks,
    changeAsked: current.asks.length > 0 ? current.changeAsked : previous.changeAsked,
    terms: mergeTerms(current.terms, previous.terms, elliptical && current.terms.length === 0 ? 1 : PIECE_CONTEXT, elliptical ? { current: current.text, previous: previous.text } : undefined),
  };
}

/** What an elliptical question is looked for with: its years, period, terms (the previous topic's included) and asks. */
export function retrievalText(q: Query): string {
  const years = q.years.map((y) => `${y}年`).join(' ');
  const period = [...q.period.parts].map((p) => ({ H1: '上半年', H2: '下半年', FULL: '全年', END: '年底' })[p]).join(' ');
  return [years, period, ...q.terms.map((t) => t.text), ...q.asks.map((a) => a.cue)].filter(Boolean).join(' ');
}
