// The content terms of a question, weighted by how rare they are in the reports, and how a
// candidate sentence covers them. Matching is on normalised Traditional text; a few
// interchangeable words of the reports count as the same term. Runtime-neutral.
import { chineseNumber, chineseNumeral, extractFigures } from '../text/numbers';
import type { Script } from '../text/script';
import { bigramsOf, cutSpans, type WordCutter, type WordSpan } from '../text/segment';
import { isStopword } from '../text/stopwords';

export interface Term {
  text: string;
  weight: number;
  /** the reports use this term somewhere (a word they never use says little about a sentence) */
  known: boolean;
  /** some passage uses it (captions and page furniture are not passages) */
  indexed: boolean;
  /** must appear for an answer: a quoted name, another city */
  required: boolean;
  /** spellings that count as the same term */
  alts: string[];
  /** its words, for partial credit when they stand apart ("特約" … "店家") */
  pieces: string[];
  /** its character pairs, for partial credit when most are there (counted once, not per candidate) */
  grams: string[];
  /** a verb: weighs less, and is never the question's most telling term */
  verb: boolean;
  /** a name of a thing by the segmenter's tag (n, nz, ns …): what a classifier can count (幾個試場) */
  noun: boolean;
  /** stands right beside the words that ask (頒獎典禮 in 「頒獎典禮是哪一天舉辦的」) */
  nearCue: boolean;
}

/** A name beside the words that ask: what the question counts or asks of (幾位翻譯 → 翻譯). */
export const isAskedName = (t: Term): boolean => t.nearCue && t.noun;

/** Words the reports use interchangeably (normalised forms). */
const SYNONYMS: string[][] = [
  ['比例', '比率', '占比', '百分比'],
  ['參加', '參訓', '與會', '參與', '出席', '到考'],
  ['舉辦', '辦理', '開辦', '舉行'],
  ['增設', '新設'],
  ['人數', '人次', '人'],
  ['店家', '商店', '商家'],
  // what newly joins (新加入的店家) is what the reports count as added (新增店家)
  ['新增', '新加入', '加入'],
  ['同仁', '員工', '人員'],
  ['錢', '金額', '元'],
  ['補助', '補貼'],
  ['預算', '經費'],
  ['多少場', '場次'],
  ['女性', '女生', '女'],
  ['男性', '男生', '男'],
  ['員工協助方案', 'eap'],
  ['身心障礙', '身障'],
  ['退休', '退撫'],
  // 選拔 is the contest, not a win: 參加…選拔 does not say how many were chosen
  ['獲選', '當選', '榮膺', '獲頒', '選出', '評選'],
  ['得獎', '獲獎', '獲得', '榮獲', '得到', '拿到', '贏得'],
  ['獎牌', '金牌', '銀牌', '銅牌', '獎項'],
  ['課程', '班期', '班'],
  ['上課', '參訓', '課程'],
  ['取得', '考取', '通過', '拿到', '考到', '考過'],
  ['分成', '分為', '區分', '包括'],
  ['使用', '利用'],
  ['涵蓋', '覆蓋'],
  ['尚未', '還沒', '還沒有', '仍未'],
  ['晉陞', '升官', '晉升', '升任'],
  // the reports count retired teachers as 教職員 (113) or 教育人員 (104)
  ['教職員', '教育人員', '教師'],
  // the reports call their own city and its government 本市 and 本府, seldom 高雄
  ['高雄', '本市', '本府'],
  ['高雄市', '本市'],
  ['台北', '臺北'],
  ['風災', '颶風', '颱風'],
  ['委託', '委由'],
  // a lighting-up (點燈) is printed as what was lit (點亮…代表色)
  ['點燈', '點亮'],
  // who led a delegation (帶隊, 帶團) is printed as 率 or 率領 (副市長率本處…出訪)
  ['帶隊', '帶團', '領隊', '率團', '率領', '率'],
  // a contest asked as 比賽 is printed as 競賽 (卓越人力資源管理競賽)
  ['比賽', '競賽'],
  // a body set up (成立好) is printed as formed (籌組完畢)
  ['成立', '籌組'],
];

/** How many characters may stand between a term and the words that ask for it to be "beside" them. */
const NEAR = 2;

/** A paraphrasing verb says less about a sentence than a name does ("拿到", "分成"). */
const VERB_WEIGHT = 0.6;

const OTHER_CITIES = /(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|基隆|新竹|苗栗|彰化|南投|雲林|嘉義|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|連江)(?:市|縣)(?:政府)?/g;

// question words and fillers that are never a topic; periods are matched by the period logic;
// before / after words only shape the question (原本…最後…)
const FILLER = /^(?:是多少|有多少|多少|是否|請問|共計|總共|一共|各是|各有|各為|分別|分別是|呢|嗎|的|了|是|有|共|各|都|在|於|年度|今年|去年|那|那麼|其中|其他|實際|一個|哪一|哪個|這個|上半年|下半年|全年|全年度|年底|這期|這一期|本期|年中|月份|期間|時候|你好|您好|哈囉|謝謝|感謝|再見|原本|原先|原來|最後|後來|現在|目前|已經|曾經|之前|之後|前後|剩下|一整年|整年|一年|總計|大概|大約|大家|我們|咱們|一次|裡面|裡頭|當中|之中|全部|所有|hello|hi|thanks)$/;

/** A modal before the verb it governs, asked as a choice too (可不可以): cut out whole, never left as 可不. */
const MODAL = /可不可以|可以|能夠/g;

/** A question word with the particles and the classifier around it (有幾個, 總共多少, 是多少): cut out before segmenting, so that it is not glued to a topic word (營有, 班有, 班辦). */
const QUESTION_RUN = /(?:總共|一共|共|各|大約|約)?(?:[辦開發拿領上考花用]了|有|是|為|了|開)?(?:幾|多少)(?:個|位|名|場|次|班|件|家|門|份|對|所|項)?(?:人次|人|天|年|元|錢)?/g;

/** Colloquial conjunctions: they join two things asked alike and never stand inside a name (「國中校長跟國小校長」). */
const CONJUNCTION = /(?<=[\u3400-\u9fff])[跟和](?=[\u3400-\u9fff])/g;

/** A term the reports never use (a paraphrase, most likely) weighs this share of an average term. */
const UNKNOWN_WEIGHT = 0.6;

/** Other spellings of a word: its synonyms, and for a compound the compound with a synonym inside (進用比例 → 進用比率). */
export function altsOf(word: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYMS) {
    if (group.includes(word)) for (const w of group) out.add(w);
    for (const member of group) {
      if (member.length < 2 || member === word || !word.includes(member)) continue;
      for (const other of group) if (other.length >= 2 && other !== member) out.add(word.replace(member, other));
    }
  }
  out.delete(word);
  return [...out];
}

const CHINESE_NUMERAL_RUN = /[一二兩三四五六七八九十]+/g;
const DIGIT_RUN = /\d+/g;

/** The other spelling of a term with a number inside: the reports print both (九等主管 and 9等主管班). */
export function numeralSpellings(term: string): string[] {
  if (!/[\u3400-\u9fff]/.test(term)) return [];
  const out: string[] = [];
  const digits = term.replace(CHINESE_NUMERAL_RUN, (run) => String(chineseNumber(run) ?? run));
  if (digits !== term) out.push(digits);
  const chinese = term.replace(DIGIT_RUN, (run) => chineseNumeral(Number(run)) ?? run);
  if (chinese !== term) out.push(chinese);
  return out;
}

export interface TermOptions {
  cutter: WordCutter;
  script: Script;
  /** inverse document frequency of a normalised term over the passages; null when none has it */
  idf: (term: string) => number | null;
  /** whether the reports use a word anywhere (captions and tables included) */
  used: (term: string) => boolean;
  /** the reports' own names (user dictionary), weighted up when asked for */
  names: Set<string>;
  /** words of the question that only ask (哪一個, 什麼時候 …), left out of the terms */
  cues?: string[];
  /** all the words that ask (多少人, 比例, 哪一天 …), to find the terms beside them */
  askCues?: string[];
  /** longer names of the reports a term may stand for (a contraction: 經發局 → 經濟發展局) */
  expand?: (term: string, used: boolean) => string[];
  /** whether the reports print a four-digit number only as a name (1999 of the city hotline): then it is a term */
  numberIsName?: (digits: string) => boolean;
}

/** Content terms of a normalised question text. */
/** The word a follow-up opens with (那, 那麼, 至於), before a name: jieba would glue 那 to it (那國). */
const FOLLOW_UP_OPENING = /^\s*(那麼|那|至於)(?=[\u3400-\u9fff])(?![些個麼裡邊樣])/;

export function extractTerms(question: string, opts: TermOptions): Term[] {
  let text = question;
  const terms = new Map<string, Term>();
  const add = (t: string, required: boolean, boost = 1, verb = false, noun = false): void => {
    if (t.length < 2 && !/[a-z]/.test(t)) return;
    const existing = terms.get(t);
    if (existing) {
      existing.required ||= required;
      return;
    }
    const used = opts.idf(t) !== null || opts.used(t);
    const alts = [...altsOf(t), ...numeralSpellings(t), ...(opts.expand?.(t, used) ?? [])];
    // the term's own rarity; for a word the reports never use, that of its commonest other spelling
    const alternatives = alts.map(opts.idf).filter((x): x is number => x !== null);
    const idf = opts.idf(t) ?? (alternatives.length > 0 ? Math.min(...alternatives) : null);
    const cut = cutSpans(t, opts.cutter, opts.script).map((p) => p.word).filter((p) => p.length >= 2);
    // a four-character name the dictionary keeps whole is still two words (特約店家 = 特約 + 店家), and a
    // name in two scripts two names (atd年會成果分享會: the reports also print 協會(ATD)年會成果分享會)
    const scripts = (t.match(/[a-z0-9]+|[^a-z0-9]+/g) ?? []).filter((p) => p.length >= 2);
    const pieces = cut.length >= 2 ? cut : scripts.length >= 2 ? scripts : /^[\u3400-\u9fff]{4}$/.test(t) ? [t.slice(0, 2), t.slice(2)] : [];
    // a verb the reports never use is most likely a paraphrase ("拿到" for "取得")
    const weight = (idf ?? 0) * boost * (verb && idf === null ? VERB_WEIGHT : 1);
    // beside the asking words wherever it stands (英檢補助總共補助了幾個人: the second 補助)
    const places: number[] = [];
    for (let at = question.indexOf(t); at >= 0; at = question.indexOf(t, at + 1)) places.push(at);
    const nearCue = places.some((at) => (opts.askCues ?? []).some((cue) => {
      const c = question.indexOf(cue);
      return c >= 0 && (Math.abs(c - (at + t.length)) <= NEAR || Math.abs(at - (c + cue.length)) <= NEAR);
    }));
    terms.set(t, { text: t, weight, known: idf !== null || opts.used(t), indexed: idf !== null, required, alts, pieces, grams: bigramsOf(t), verb, noun, nearCue });
  };
  for (const m of text.matchAll(/「([^」]+)」/g)) add(m[1] ?? '', true, 1.5);
  for (const m of text.matchAll(OTHER_CITIES)) add(m[0], true, 2);
  // figures that are not years or dates are terms too ("未滿40歲", "第2期")
  for (const f of extractFigures(text)) if (f.kind !== 'year' && f.kind !== 'date' && f.unit) add(f.text, false);
  // the words that only ask (哪一個, 什麼時候, 是誰) are not looked for in the reports
  for (const cue of opts.cues ?? []) text = text.split(cue).join(' ');
  // nor the question words, and a year stands apart from the word after it (113年度單身 → 113年度 單身)
  // and a comparison stands apart from the word before it (件數比105年 → 件數 比105年, 人數比前一年 → 人數 比前一年)
  text = text
    .replace(QUESTION_RUN, ' ')
    // the modal 可以 (幾年可以檢一次), which no report prints: left in, the cutter glues it to the verb after it (以檢)
    .replace(MODAL, ' ')
    .replace(CONJUNCTION, ' ')
    .replace(/(\d{2,4}年度?)(?=[\u3400-\u9fff])/g, '$1 ')
    // and the report's period from the word after it (這期接了 → 這期 接了), not glued into 期接
    .replace(/(這一?期|本期)(?=[\u3400-\u9fff])/g, '$1 ')
    .replace(/(?<=[\u3400-\u9fff])(?=比(?:\d|前|去|上|同))/g, ' ')
    // and a follow-up's opening word from the name after it (那國中的呢 → 那 國中)
    .replace(FOLLOW_UP_OPENING, '$1 ');
  const cut = cutSpans(text.replace(/[「」]/g, ' '), opts.cutter, opts.script);
  const spans = joinContractions(regroupGlued(joinNameSuffixes(joinLoneCharacters(cut, opts), opts), opts), opts);
  for (const span of spans) {
    const w = span.word.trim();
    // a number the reports print only as a name (1999研習班) names the thing asked
    if (/^\d{4}$/.test(w) && opts.numberIsName?.(w)) {
      add(w, false, 1, false, true);
      continue;
    }
    // a character glued to the copula (局是, 市是: 毒品防制局是哪個…) is no topic either
    if (!w || /^[\d.,%]+$/.test(w) || /\d{2,3}年/.test(w) || isStopword(w) || FILLER.test(w) || /^(?:幾|多少)/.test(w) || /^[\u3400-\u9fff]是$/.test(w) || ROUGHLY.test(w)) continue;
    if (!/[\u3400-\u9fffa-z]/.test(w)) continue;
    add(w, false, opts.names.has(w) ? 1.5 : 1, /^v[di]?$/.test(span.tag) && !opts.names.has(w), /^n[a-z]?$/.test(span.tag));
  }
  // a word no passage uses weighs as much as an average term: it counts, but a paraphrase
  // ("分成" for "分為") must not outweigh the names the passages do use
  const weighed = [...terms.values()].filter((t) => t.weight > 0);
  const mean = weighed.length > 0 ? weighed.reduce((s, t) => s + t.weight, 0) / weighed.length : 1;
  for (const t of terms.values()) if (t.weight === 0) t.weight = (t.required ? 2 : UNKNOWN_WEIGHT) * mean * (t.verb ? VERB_WEIGHT : 1);
  return [...terms.values()].filter((t) => t.weight > 0);
}

/** What is left of a rough figure the asker states (9千多, 兩百多): its magnitude, no topic. */
const ROUGHLY = /^[十百千萬億]多$/;

/** Lone characters the cutter left apart are joined into at most this many (淨 + 零 → 淨零). */
const LONGEST_LONE_RUN = 4;

/** How far a run of the cutter's words may be joined, and which runs are. */
interface RunJoin {
  words: number;
  chars: number;
  /** a run may start at this word */
  starts: (s: WordSpan) => boolean;
  /** …and go on over this one */
  goesOn: (s: WordSpan) => boolean;
  /** the joined text is one word of the reports' */
  accepts: (word: string) => boolean;
}

/** Side-by-side words of the cutter joined into the longest run the rule accepts. */
function joinRuns(spans: WordSpan[], rule: RunJoin): WordSpan[] {
  const out: WordSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i]!;
    let joined: WordSpan | null = null;
    for (let k = 2; rule.starts(first) && k <= rule.words && i + k <= spans.length; k++) {
      const run = spans.slice(i, i + k);
      if (run.some((s, j) => j > 0 && (s.start !== run[j - 1]!.end || !rule.goesOn(s)))) break;
      const word = run.map((s) => s.word).join('');
      if (word.length > rule.chars) break;
      if (rule.accepts(word)) joined = { word, start: first.start, end: run[run.length - 1]!.end, tag: 'n' };
    }
    if (joined) {
      out.push(joined);
      while (i + 1 < spans.length && spans[i + 1]!.end <= joined.end) i++;
    } else out.push(first);
  }
  return out;
}

/**
 * Characters the cutter left standing alone side by side, joined when the reports use them
 * together (「淨零的課」 is cut 淨 / 零 / 的 / 課, though the reports write 淨零 throughout).
 * Function words (的, 了, 上 …) are never joined.
 */
function joinLoneCharacters(spans: WordSpan[], opts: TermOptions): WordSpan[] {
  const lone = (s: WordSpan): boolean => /^[\u3400-\u9fff]$/.test(s.word) && !isStopword(s.word);
  return joinRuns(spans, { words: LONGEST_LONE_RUN, chars: LONGEST_LONE_RUN, starts: lone, goesOn: lone, accepts: (w) => opts.used(w) });
}

/** The one-character ends of agency, unit and title names (資訊處, 警察局, 研考會, 戶政所, 工程司): the cutter may leave them standing alone. */
const NAME_SUFFIX = /^[處局會所署院館隊科室司]$/;

/**
 * A name's one-character end the cutter left alone, joined back to the word before it when the
 * reports use the whole name (資訊 / 處 → 資訊處): the name, not 資訊 alone, is what is asked about.
 */
function joinNameSuffixes(spans: WordSpan[], opts: TermOptions): WordSpan[] {
  const out: WordSpan[] = [];
  for (const s of spans) {
    const before = out[out.length - 1];
    if (before && before.end === s.start && NAME_SUFFIX.test(s.word) && /^[\u3400-\u9fff]{2,}$/.test(before.word) && opts.idf(before.word + s.word) !== null) {
      out[out.length - 1] = { word: before.word + s.word, start: before.start, end: s.end, tag: 'n' };
    } else out.push(s);
  }
  return out;
}

/** A contraction of an agency's name (毒防局 for 毒品防制局): a name of its own, ending where the agency's name ends. */
function contractedName(word: string, opts: TermOptions): boolean {
  return NAME_SUFFIX.test(word.slice(-1)) && (opts.expand?.(word, false).length ?? 0) > 0;
}

/** A name put back together from the cutter's words is at most this long. */
const LONGEST_GLUED = 6;

/**
 * A name the cutter cut short, its last character glued to the next word (「龐培歐來高雄」 cut
 * 龐培 / 歐來): when the next word is one the reports never use and the name with that character
 * is one they do, the character goes back to the name (龐培歐 / 來). And a word the reports
 * never use that is a verb's character and a name they do use (學淨零, 學淨 / 零) is that name,
 * and words they write only as one name are that name (羅副 / 市長 → 羅副市長, 八 / 王子 → 八王子).
 */
function regroupGlued(spans: WordSpan[], opts: TermOptions): WordSpan[] {
  const out = spans.map((s) => {
    // a verb glued to the name after it (學淨零): the name the reports use — but not an agency's
    // contraction before the end of another name (毒防局: not 防局 of 消防局)
    const tail = s.word.slice(1);
    return /^[\u3400-\u9fff]{3,}$/.test(s.word) && !opts.used(s.word) && opts.idf(tail) !== null && !contractedName(s.word, opts) ? { word: tail, start: s.start + 1, end: s.end, tag: 'n' } : { ...s };
  });
  const cjk = (w: string): boolean => /^[\u3400-\u9fff]+$/.test(w) && !isStopword(w);
  // a word the reports use only inside the longer name (in the same passages as it); the
  // reports' own names (英語檢定, 簡任) stand as they are
  const onlyIn = (word: string, name: string): boolean => opts.idf(name) !== null && opts.idf(word) === opts.idf(name);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (a.end !== b.start || !cjk(a.word) || !cjk(b.word)) continue;
    const whole = a.word + b.word;
    const shifted = a.word.slice(1) + b.word;
    const named = opts.names.has(a.word) || opts.names.has(b.word);
    if (whole.length <= LONGEST_GLUED && !named && (onlyIn(a.word, whole) || onlyIn(b.word, whole))) {
      // 羅副 / 市長, 八 / 王子: words the reports write only as one name (羅副市長, 八王子)
      out[i] = { word: whole, start: a.start, end: b.end, tag: 'n' };
      out.splice(i + 1, 1);
    } else if (a.word.length >= 2 && !opts.used(a.word) && opts.idf(shifted) !== null) {
      // 學淨 / 零: the first word's first character is a verb, the rest is the start of a name
      out[i] = { ...a, word: a.word[0]!, end: a.start + 1 };
      out[i + 1] = { word: shifted, start: a.start + 1, end: b.end, tag: 'n' };
    } else if (a.word.length >= 2 && b.word.length >= 2 && !opts.used(b.word) && opts.used(a.word + b.word[0]) && opts.idf(a.word + b.word[0]) !== null) {
      // 龐培 / 歐來: the name's last character glued to the next word
      out[i] = { word: a.word + b.word[0], start: a.start, end: a.end + 1, tag: 'n' };
      out[i + 1] = { ...b, word: b.word.slice(1), start: b.start + 1 };
    }
  }
  return out;
}

/** A contraction may span this many words of the cutter (家防 + 中心). */
const CONTRACTION_WORDS = 3;
const LONGEST_CONTRACTION = 5;

/**
 * A word the reports never use, joined with the words after it when together they contract a
 * name the reports use (「家防」「中心」 → 家防中心, for 家庭暴力及性侵害防治中心).
 */
function joinContractions(spans: WordSpan[], opts: TermOptions): WordSpan[] {
  const expand = opts.expand;
  if (!expand) return spans;
  // an agency's contraction ends where its name does (毒防局 / 成立 stay apart)
  const unknown = (s: WordSpan): boolean => opts.idf(s.word) === null && !opts.used(s.word) && !contractedName(s.word, opts);
  return joinRuns(spans, { words: CONTRACTION_WORDS, chars: LONGEST_CONTRACTION, starts: unknown, goesOn: () => true, accepts: (w) => expand(w, false).length > 0 });
}

/** A text and how much a term found there counts. */
export interface Source {
  text: string;
  weight: number;
}

/** Partial credit for a term whose words stand apart: each word where it counts most. */
const PIECES_CREDIT = 0.7;
/** …and for a term of which most character pairs are there. */
const BIGRAM_CREDIT = 0.5;

/**
 * How well a term is covered across texts of different weight: whole (or another spelling)
 * in the best one; otherwise its words, each where it counts most ("特約" in the sentence
 * before, "店家" in the sentence); otherwise most of its character pairs.
 */
export function termCoverageIn(term: Term, sources: Source[]): number {
  let whole = 0;
  for (const s of sources) if (s.text.includes(term.text) || term.alts.some((a) => s.text.includes(a))) whole = Math.max(whole, s.weight);
  if (whole === 1) return 1;
  const total = term.pieces.reduce((n, p) => n + p.length, 0);
  let pieces = 0;
  if (total > 0) {
    for (const p of term.pieces) pieces += p.length * Math.max(0, ...sources.filter((s) => s.text.includes(p)).map((s) => s.weight));
    pieces /= total;
  }
  let grams = 0;
  const all = term.grams;
  if (all.length >= 2) {
    for (const s of sources) {
      const found = all.filter((g) => s.text.includes(g)).length / all.length;
      if (found >= 0.5) grams = Math.max(grams, BIGRAM_CREDIT * found * s.weight);
    }
  }
  return Math.max(whole, pieces >= 0.5 ? PIECES_CREDIT * pieces : 0, grams);
}

/**
 * How well a term is covered by one text. The features ask it of the same term and text many
 * times over (the sentence, its clauses, for each feature): remembered per term, for as long as
 * the question's terms live.
 */
const covered = new WeakMap<Term, Map<string, number>>();

export function termCoverage(term: Term, text: string): number {
  let byText = covered.get(term);
  if (!byText) covered.set(term, (byText = new Map()));
  let coverage = byText.get(text);
  if (coverage === undefined) byText.set(text, (coverage = termCoverageIn(term, [{ text, weight: 1 }])));
  return coverage;
}
