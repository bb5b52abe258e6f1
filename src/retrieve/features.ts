// The features of a candidate sentence for a question: plain numbers, each with a name, that
// the fitted model (model.ts) weighs into one score. Nothing here decides; everything that
// decides is fitted by `npm run tune`. Runtime-neutral.
import { asksPerson, institutionAsked, isFigureAsk, negatedOutcome } from './asks';
import type { Candidate } from './candidates';
import { clauseSimilarity, nearestClauseSimilarity } from './clause-meaning';
import { askedAbsent, coverageByPlace, cueMissing, headingShare, knownCueMissing, heaviestMissing, knownMissing, keyTerm, localShare, missingAround, lacksRequired, lacksUnknownName, termPresence, unknownShare, weakestNear } from './coverage';
import { meaningShift, type Similarities } from './meaning';
import { asksChangeItself, givesDayNamed, pickFigures, TOTAL_ASKED, type Pick } from './picks';
import { RANKING } from './ranking-options';
import { termCoverage, type Term } from './terms';
import { ordinalConflict } from './ordinals';
import { periodFit, yearFits } from './time';
import type { Query } from './understand';

/**
 * Every feature: what a value of 1 means, and which way it points — 1 when it speaks for the
 * candidate, -1 when against; the fit keeps each weight on its side of 0 (or at 0), so that a
 * feature few questions show cannot be fitted the wrong way round. The model has one weight for each.
 */
export const FEATURES = {
  termsInSentence: { sign: 1, meaning: 'all the question’s terms (by weight) are in the sentence itself' },
  termsInTitle: { sign: 1, meaning: '…or only in the report’s title' },
  termsInSection: { sign: 1, meaning: '…or only in the section path' },
  termsInPrevious: { sign: 1, meaning: '…or only in the sentences before it in its paragraph' },
  termsInPart: { sign: 1, meaning: '…or only elsewhere in the same part of the report' },
  keyInSentence: { sign: 1, meaning: 'the question’s most telling name is in the sentence' },
  keyAround: { sign: 1, meaning: '…or only around it (section, sentences before, part of the report)' },
  keyWhole: { sign: 1, meaning: 'the question’s most telling name stands whole in the sentence (not only some of its characters)' },
  cueMissing: { sign: -1, meaning: 'a word beside the question’s asking words (幾對結婚 → 結婚) is not in the sentence itself' },
  knownCueMissing: { sign: -1, meaning: '…and the reports use that word elsewhere: the question asks for a part (幾個人通過) of what the sentence counts (參加)' },
  askedAbsent: { sign: -1, meaning: 'a name beside the asking words (幾位翻譯, 有幾個是新進人員) is nowhere around the candidate: it speaks of something else (a which question’s own noun, 哪個單位, aside)' },
  heaviestMissing: { sign: -1, meaning: 'the heaviest of the question’s terms (its share of all) is nowhere around the candidate' },
  knownMissing: { sign: -1, meaning: 'a term the reports do use elsewhere is nowhere around the candidate: the question asks about a part or a detail this sentence does not name' },
  unknownTerms: { sign: -1, meaning: 'all the question’s terms are words the reports never use (the same for every candidate of a question)' },
  heading: { sign: 1, meaning: 'the section’s own heading names all the question’s terms' },
  lacksRequired: { sign: -1, meaning: 'a quoted name or another city the question insists on is missing' },
  lacksUnknownName: { sign: -1, meaning: 'the question names something the reports never use, and the candidate lacks it' },
  retrieval: { sign: 1, meaning: 'the passage was retrieved first (fades with the rank)' },
  noFigure: { sign: -1, meaning: 'a figure is asked and the sentence has none of that kind (of the year asked)' },
  figures: { sign: 1, meaning: 'every figure asked has one of its kind in the sentence' },
  local: { sign: 1, meaning: 'all the question’s terms stand in the chosen figure’s own clause (with no figure asked, in the clause naming the person or place a who / where question asks for)' },
  closeness: { sign: 1, meaning: 'the chosen figure stands right beside the question’s telling term' },
  weakest: { sign: 1, meaning: 'every name of the question stands in the chosen figure’s (or person’s, place’s) own clause (the least present one counts)' },
  looseUnit: { sign: -1, meaning: 'the chosen figure matches the asked unit only loosely (the classifier 個 for things, 人次 for people)' },
  changeAsked: { sign: 1, meaning: 'the question asks for a change (增加多少, 比…少多少) and the chosen figure is one' },
  changeNotAsked: { sign: -1, meaning: 'the chosen figure is a change (增加 4人) but the question asks for a level' },
  levelForChange: { sign: -1, meaning: 'the question asks for a change of one year or period (比上半年多了幾家, 增加了多少) and the chosen figure is a level: the reports may not print the change' },
  rateForTotal: { sign: -1, meaning: 'the question asks for a total (總共花了多少) and the chosen figure is given per unit or as a cap (每人最高5,000元)' },
  total: { sign: 1, meaning: 'the chosen figure is the total of parts listed before it' },
  yearMatch: { sign: 1, meaning: 'the figure (or sentence) is of the year asked (or, asked none, of the year the conversation was about)' },
  yearMismatch: { sign: -1, meaning: 'it is of another year than that one' },
  periodNamed: { sign: 1, meaning: 'the sentence names the part of the year asked (下半年, 全年, 年底)' },
  periodByReport: { sign: 1, meaning: 'only the report’s period covers the part asked' },
  periodConflict: { sign: -1, meaning: 'the sentence names another part of the year' },
  person: { sign: 1, meaning: 'a who question, and the sentence holds a title and a name (not only the person the question names itself)' },
  noPerson: { sign: -1, meaning: 'a who question, and the sentence holds no title with a name (other than the person the question names itself)' },
  place: { sign: 1, meaning: 'a where question, and the sentence says where (假…辦理, 前往…, 在…公園)' },
  noPlace: { sign: -1, meaning: 'a where question, and the sentence names no place' },
  named: { sign: 1, meaning: 'what a which / who question names (哪些獎牌 → 獎牌) is in the sentence' },
  quotedName: { sign: 1, meaning: 'a which question, and the sentence holds a 「」 name (what such a question is most often answered with: 參加「全球台商經貿論壇」), not a rule it acts under (依據「…辦法」) unless rules are asked' },
  superlativeUnsaid: { sign: -1, meaning: 'a which question for the one that is most or least (哪一班人最多, 最多人選的是哪一門), and the sentence ranks nothing (no 最多, 居冠, 第一名): only a report that says which answers it' },
  outcomeUnsaid: { sign: -1, meaning: 'the question asks of an outcome (幾個人通過, 幾對結婚, 幾件已經結案, 拿到認證, 完成線上課程) and the sentence reports none (asked how many, none in a clause with a figure: 以通過認證為目標 is a goal): it counts who took part (參訓, 參加, 受理), not how it ended' },
  statedAbsent: { sign: -1, meaning: 'the question states a figure (那881人裡, 比規定的18%) that the sentence does not hold: it speaks of something else' },
  partUnsaid: { sign: -1, meaning: 'the question asks how many of a whole are of some kind (報名的人裡面有幾位是主管) and the sentence does not name that kind (it counts the whole), or names neither here nor in its headings the whole (模範公務人員裡面有幾個是女性: it counts other women)' },
  ordinalConflict: { sign: -1, meaning: 'the question names one of a series (第2類人員, 第330次會議) and the sentence, or the text around it, names only others of it (第一類人員)' },
  statedPartMissing: { sign: -1, meaning: 'the sentence holds the figure the question states, but not the part of it asked after it (那345人裡有幾個是身障人員): it counts the whole, not that part' },
  dayGiven: { sign: 1, meaning: 'the question names a thing by its day or month (11月30日視訊的是…, 11月驗收的) and the sentence gives that day or month' },
  datePrecise: { sign: 1, meaning: 'a date is asked and the chosen figure names its month (111年12月20日, 3月), not a bare year or a day whose month is said elsewhere (續於8日)' },
  rowLabel: { sign: 1, meaning: 'a budget-table row whose own label is the asked term' },
  coveredWithoutFigure: { sign: -1, meaning: 'a figure is chosen, yet a sentence naming what is asked whole but holding no figure of the asked kind holds more of the question’s terms (by how much): the reports speak of the thing and do not give the detail asked' },
  similarity: { sign: 1, meaning: 'similarity in meaning of the question and the sentence (bge cosine)' },
  similarityGap: { sign: 1, meaning: '…minus the best similarity among the candidates (0 for the closest)' },
  clauseSimilarity: { sign: 1, meaning: 'similarity in meaning of the question and the clause of the chosen figure, or with no figure chosen its nearest clause (the sentence when it has one clause)' },
  clauseGap: { sign: 1, meaning: '…minus the best clause similarity among the candidates (0 for the closest)' },
  meaningLacking: { sign: -1, meaning: 'the question comes nearer in meaning to the sentence with a word the sentence lacks taken out: the sentence does not speak to that word (幾個是女生 of a sentence counting all)' },
  meaningKept: { sign: 1, meaning: 'the question moves away from the sentence with a word the sentence lacks taken out: the sentence says that word in other words (從外面找進來 for 外補)' },
  nearerWithoutFigure: { sign: -1, meaning: '…and such a sentence is nearer in meaning to the question (by how much)' },
} as const satisfies Record<string, { sign: 1 | -1; meaning: string }>;
export type FeatureName = keyof typeof FEATURES;
export const FEATURE_NAMES = Object.keys(FEATURES) as FeatureName[];
export type Features = Record<FeatureName, number>;

/** The features that need the embeddings: left out of the lexical-only model. */
export const DENSE_FEATURES: FeatureName[] = ['similarity', 'similarityGap', 'clauseSimilarity', 'clauseGap', 'meaningLacking', 'meaningKept', 'nearerWithoutFigure'];

/** Titles written before a name (視察陳恭府, 副總工程司黃麟達, 處長張硯卿) and after one (羅達生副市長). */
const TITLES_BEFORE_NAME = '長|司|視察|主任|委員|代表|大使|議員|知事|總理|秘書|科員|專員|技正|技士|幹事|老師|講師|醫師|心理師|講座|主講人';
const TITLES_AFTER_NAME = '副市長|市長|處長|局長|議長|部長|知事|總理|大使|主任|組長|科長|委員';

/**
 * A title followed by a name (視察陳恭府, 副總工程司黃麟達, 處長張硯卿; a foreign one of up to five
 * characters after 知事 / 總理 / 大使 / 代表), a name followed by a title (，羅達生副市長率…; with a
 * foreign name after 與, 由, 拜會 …: 與該市駒澤廣行副市長), or a surname, an office and a given name
 * (鍾科長坤利, 李前副市長永得); the person is the name group (`after` a title, `before` one, a
 * `foreign` name before one, or `surname` + `given`).
 */
const PERSON = new RegExp(
  `(?:${TITLES_BEFORE_NAME})(?<after>[\\u4e00-\\u9fff]{2,3}|(?<=知事|總理|大使|代表)[\\u4e00-\\u9fff]{4,5})(?=及|、|等|同時|榮膺|獲|經|擔任|參加|參與|出席|，|,|（|\\(|$)` +
    `|(?:(?:^|[，,、：:）)])(?<before>[\\u4e00-\\u9fff]{3})|(?:與|由|偕|拜會|會見|會晤|接見|歡迎|邀請)(?:該市|該縣|該國)?(?<foreign>[\\u4e00-\\u9fff]{2,5}))(?<title>${TITLES_AFTER_NAME})` +
    `|(?<surname>[\\u4e00-\\u9fff])前?(?<office>副?(?:總幹事|科長|處長|局長|市長|主任|組長|隊長|所長|院長|館長|執行長|秘書長))(?<given>[\\u4e00-\\u9fff]{2})(?=擔任|於|為|及|、|等|，|,|。|$)`,
  'g',
);

/**
 * Where the sentence names a person other than those the question names itself: a who question
 * asks for someone else (羅副市長在八王子見的是哪位副市長 → not 羅達生副市長; 陳市長拜會了誰 → not 陳其邁市長).
 * A person is the question's own when it writes the whole name, or the surname with the title.
 */
function otherPersonsAt(q: Query, text: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(PERSON)) {
    const { after, before, foreign, title, surname, office, given } = m.groups ?? {};
    const name = after ?? before ?? foreign ?? (surname !== undefined && given !== undefined ? surname + given : '');
    const titled = title ?? office;
    const own = q.text.includes(name) || (titled !== undefined && q.text.includes(name[0]! + titled));
    if (!own) at.push(m.index ?? 0);
  }
  return at;
}

/** A place the sentence says something happened at: 假本府四維行政中心辦理, 前往屏東伯大尼之家, 在衛武營都會公園, 於高雄市立圖書館總館舉辦, 實地視察. */
const PLACE =
  /(?<![病公休事婚產喪請放年特補])假(?!日|期)[\u4e00-\u9fff]{2,}|前往[\u4e00-\u9fff]{2,}|(?:在|於)[^，,。；;]{0,14}?(?:中心|館|公園|廣場|廳|堂|會議室|中庭|大樓|飯店|酒店|會館|大學|學院|醫院|道場|山|島)|視察|參訪|地點|場地|會場/;

/** A question asking where something is sent (送去哪裡參加評比, 轉介到哪裡): the body it goes to is the place. */
const SENT_ASKED = /(?:送|轉介|轉|報)(?:去|到|至|給)?(?:哪|何處)/;
/** Where a sentence sends something: 薦送行政院人事行政總處, 轉介到專業心理諮商機構. */
const SENT_TO = /(?:薦送|函送|報送|移送|轉送|送交|送請|送至|送到|轉介(?:到|至)?|函報)[\u4e00-\u9fff]{2,}/;

/** A name the sentence quotes: 「全球台商經貿論壇」. */
const QUOTED_NAME = /「([^」]{2,})」/g;

/**
 * A rule's name (依據「…激勵辦法」及「…表揚要點」): the authority a sentence acts under, not what a which
 * question asks for (哪個團體, 什麼活動) — unless the question asks about rules (依據哪個辦法).
 */
const RULE_NAME = /(?:辦法|要點|規定|規則|條例|準則|規程|須知|規範|法)$/;
const RULE_ASKED = /辦法|要點|規定|規則|條例|準則|規程|須知|規範|法規|法令|法律|依據|根據|依照/;

/** The sentence quotes a name of what a which question asks for. */
function quotesName(q: Query, text: string): boolean {
  return [...text.matchAll(QUOTED_NAME)].some((m) => !RULE_NAME.test(m[1]!) || RULE_ASKED.test(q.text));
}


/** A question about part of a whole: 裡面有幾位是主管, 其中有幾件是喪葬用途, 會員有幾個是退休人員 (the kind asked after 是). */
const PART_ASKED = /(?:(?:裡面?|當中|之中|其中)有?|有)(?:幾|多少)[\u4e00-\u9fff]?(?:是|為|屬於)(.+)$/;
/** …or with the kind before the count: 特約商店裡面美食餐飲類的有幾家, 其中女性主管有多少. */
const PART_ASKED_BEFORE = /(?:(?<![哪這那])裡面?|當中|之中|其中)的?([\u4e00-\u9fff]{2,8}?)(?:類|方面)?的?(?:有|佔|占|共)?(?:幾|多少)/;

/**
 * Whether the question asks how many of a whole are of a kind, and the sentence does not name
 * that kind (it counts the whole), or does not name the whole, here or in its section's headings
 * (模範公務人員裡面有幾個是女性: a sentence counting 女性首長 speaks of other women).
 */
function partUnsaid(q: Query, text: string, headings: string): boolean {
  const part = PART_ASKED.exec(q.text) ?? PART_ASKED_BEFORE.exec(q.text);
  const kind = part?.[1];
  if (!part || kind === undefined) return false;
  const whole = q.text.slice(0, part.index);
  const names = q.terms.filter((t) => !t.verb);
  return (
    names.some((t) => kind.includes(t.text) && termCoverage(t, text) < RANKING.held) ||
    names.some((t) => whole.includes(t.text) && termCoverage(t, text) < RANKING.held && termCoverage(t, headings) < RANKING.held)
  );
}


/** A word that ranks things: 最多, 最高, 最受歡迎. */
const SUPERLATIVE = '最(?:多|少|高|低|大|小|久|長|短|熱門|受歡迎)';

/** A which question for the one that is most or least: 哪一班人最多, 哪個機關辦的場次最多, 最多人選的是哪一門. */
const WHICH_MOST = new RegExp(`(?:哪|何)[^，,。？?]{0,12}${SUPERLATIVE}|${SUPERLATIVE}[^，,。？?]{0,8}(?:哪|何|什麼)`);

/** A sentence that ranks what it lists: 以…最多, 最佳, 居冠, 第一名. */
const RANKS = new RegExp(`${SUPERLATIVE}|最佳|居冠|之冠|第[一1]名|排名|名列`);

/** What a question about an outcome asks of: who passed, qualified, finished, married, won, which disputes were settled (調解成立) — not who took part. */
const OUTCOME_ASKED = /通過|合格|及格|結訓|完訓|結業|結婚|取得|獲得|拿到|考過|考到|考上|錄取|成功|結案|榮獲|獲選|獲獎|得獎|當選|當上|選出|選上|升上|完成|(?:調解|和解|協調|協商)成立/;

/** A sentence that reports an outcome: the same words, and the reports' own (獲頒, 榮膺, 核頒, 完成, 佳偶). */
const OUTCOME_SAID = new RegExp(`${OUTCOME_ASKED.source}|獲|榮膺|核頒|頒發|頒贈|入選|佳偶|完成|脫穎而出`);

/** An outcome asked by what it is (拿到什麼獎章, 取得哪一種證照): a sentence naming that thing answers, whatever its verb (請頒三等服務獎章). */
const OUTCOME_NAMED = new RegExp(`(?:${OUTCOME_ASKED.source})了?(?:什麼|甚麼|哪|何)`);

/** Whether the question asks what an outcome is and the sentence names the thing it asks for (拿到什麼服務獎章: …請頒三等服務獎章). */
function outcomeNamed(q: Query, text: string): boolean {
  return OUTCOME_NAMED.test(q.text) && q.named !== null && termCoverage(q.named, text) >= RANKING.held;
}

/** An outcome reached by all that took part: 全數通過, 均獲認證 — its clause needs no figure of its own. */
const ALL_REACHED = /全數|全部|全員|[均皆](?:已|獲|通過|取得|完成|順利)/;

/**
 * Whether the sentence reports an outcome; asked how many reached it, in a clause with a figure
 * (計592人取得認證) or one saying all did: a clause without one names a goal (…計有21人參訓，以通過初級認證為目標).
 */
function outcomeSaid(c: Candidate, howMany: boolean): boolean {
  if (!howMany) return OUTCOME_SAID.test(c.normalized.text);
  return c.clauses.some(
    (cl) => OUTCOME_SAID.test(cl.text) && (ALL_REACHED.test(cl.text) || c.figures.some((f) => f.kind !== 'year' && f.kind !== 'date' && f.start >= cl.start && f.end <= cl.end)),
  );
}

/**
 * Whether a sentence lists things of the kind a which question names: a name ending with one of
 * its characters before a list mark (哪幾個科室 → 營養室、身心復元科及…; 哪些獎牌 → 金牌獎及…).
 */
function listsKind(named: Term, text: string): boolean {
  const ends = [...named.text].filter((ch) => /[\u4e00-\u9fff]/.test(ch)).join('');
  return ends.length > 0 && new RegExp(`[\\u4e00-\\u9fff][${ends}](?=[、及和與等])`).test(text);
}

/** What the features were computed from, for the answer stage. */
export interface Featured {
  candidate: Candidate;
  features: Features;
  picks: Pick[];
  /** true: the year asked; false: another year; null: no year asked */
  yearMatch: boolean | null;
  /** a question asking who a person of some title or role is (講師是誰), and the sentence names no one but the person the question names */
  personMissing: boolean;
  /** a question asking for an institution of a kind (哪幾所學校, 哪家醫院), and the sentence names none of that kind */
  institutionMissing: boolean;
  /** a question asking of those that did not reach an outcome (沒有續約), and the sentence names it only as reached (續約…499家) */
  negationMissing: boolean;
  /** a question naming a kind of report (施政計畫裡…), and the sentence is of another kind */
  otherReport: boolean;
}

/** How the sentence stands to the figures the question states: the share it does not hold, and whether it holds one but not the part asked of it. */
function statedFit(q: Query, c: Candidate): { absent: number; partMissing: number } {
  if (q.stated.length === 0) return { absent: 0, partMissing: 0 };
  const held = q.stated.filter((s) => c.figures.some((f) => f.value === s.value));
  const from = Math.min(...held.map((s) => s.end));
  // a name or a word of the reports' (not a verb, not the figure) written after the stated figure
  const partMissing = q.terms.some((t) => t.known && !t.verb && !/\d/.test(t.text) && q.text.indexOf(t.text) >= from && termCoverage(t, c.normalized.text) < RANKING.absent);
  return { absent: 1 - held.length / q.stated.length, partMissing: held.length > 0 && partMissing ? 1 : 0 };
}

/** A budget-table row of the whole table: 合計, 總計. */
const TOTAL_ROW = /^(?:合計|總計|總額)$/;

/** How much of a budget-table row's own label the question's terms name; all of it for the table's total row when the question asks a total (總共編了多少). */
function rowLabel(q: Query, c: Candidate): number {
  if (!c.row) return 0;
  const own = (c.row.path[c.row.path.length - 1] ?? '').replace(/^[^、]*、/, '').replace(/\s+/g, '');
  if (TOTAL_ROW.test(own) && TOTAL_ASKED.test(q.text)) return 1;
  const hit = q.terms.filter((t) => own.includes(t.text)).reduce((s, t) => s + t.text.length, 0);
  return own ? Math.min(1, hit / own.length) : 0;
}

/**
 * The features of one candidate; the similarity gaps are filled in by the ranking, which sees all
 * candidates. `similarities`: the question's, by sentence and clause id; `without`: by term, the
 * similarity of the question with that term taken out.
 */
export function featuresOf(q: Query, c: Candidate, similarities: Similarities | null, without: ReadonlyMap<string, Similarities> | null = null): Featured {
  const similarity = similarities?.get(c.id) ?? null;
  const places = coverageByPlace(q.terms, c);
  const key = keyTerm(q);
  // without a telling name, the key is as good as there — unless no word of the question is the reports'
  const vacuous = q.terms.some((t) => t.known) ? 1 : 0;
  const presence = key ? termPresence(key, c) : { own: vacuous, around: vacuous };
  const figureAsks = q.asks.filter(isFigureAsk);
  const picks = pickFigures(q, c);
  const best = picks.reduce<Pick | null>((b, p) => (!b || p.local > b.local ? p : b), null);
  const changeAsked = q.changeAsked;
  const asksWho = q.asks.some((a) => a.kind === 'who');
  const asksWhere = q.asks.some((a) => a.kind === 'where');
  // the year: of the chosen figure, or of the sentence when no figure is asked
  const at = picks[0]?.figure.start ?? c.years[0]?.start ?? 0;
  const yearMatch = q.years.length > 0 ? yearFits(c, at, q.years) : null;
  // a follow-up with a topic of its own prefers the conversation's year (and may leave it)
  const yearFit = yearMatch ?? (q.softYears.length > 0 ? yearFits(c, at, q.softYears) : null);
  const period = periodFit(q, c);
  const missing = missingAround(q.terms, c);
  const text = c.normalized.text;
  const shift = meaningShift(q, c, similarity, without);
  const clause = (best ? clauseSimilarity(c, best.figure.start, similarities) : nearestClauseSimilarity(c, similarities)) ?? similarity;
  const stated = statedFit(q, c);
  const persons = asksWho ? otherPersonsAt(q, text) : [];
  const otherPerson = persons.length > 0;
  const placeAt = asksWhere ? (PLACE.exec(text) ?? (SENT_ASKED.test(q.text) ? SENT_TO.exec(text) : null))?.index : undefined;
  const saysWhere = placeAt !== undefined;
  // with no figure to choose, the answer's own clause is that of the person or place asked for (…；另推薦民政局秘書室陳主任淑鈴參加金質獎)
  const answerAt = best ? [] : [...persons, ...(placeAt === undefined ? [] : [placeAt])];
  const nearAnswer = (near: (terms: Term[], candidate: Candidate, position: number) => number): number => Math.max(0, ...answerAt.map((p) => near(q.terms, c, p)));
  const features: Features = {
    termsInSentence: places.sentence,
    termsInTitle: places.title,
    termsInSection: places.section,
    termsInPrevious: places.previous,
    termsInPart: places.part,
    keyInSentence: presence.own,
    keyAround: Math.max(0, presence.around - presence.own),
    keyWhole: presence.own >= 1 ? 1 : 0,
    cueMissing: cueMissing(q.terms, c) ? 1 : 0,
    knownCueMissing: knownCueMissing(q.terms, c) ? 1 : 0,
    askedAbsent: askedAbsent(q, missing) ? 1 : 0,
    heaviestMissing: heaviestMissing(q.terms, missing),
    knownMissing: knownMissing(missing) ? 1 : 0,
    unknownTerms: unknownShare(q.terms),
    heading: headingShare(q.terms, c),
    lacksRequired: lacksRequired(q, c) ? 1 : 0,
    lacksUnknownName: lacksUnknownName(q, c) ? 1 : 0,
    retrieval: 1 / (1 + c.rank / RANKING.rankScale),
    noFigure: figureAsks.length > 0 && picks.length === 0 ? 1 : 0,
    figures: figureAsks.length > 0 ? picks.length / figureAsks.length : 0,
    local: best?.local ?? nearAnswer(localShare),
    closeness: best?.closeness ?? 0,
    weakest: best?.weakest ?? nearAnswer(weakestNear),
    looseUnit: best?.loose ? 1 : 0,
    changeAsked: changeAsked && best?.change ? 1 : 0,
    changeNotAsked: !changeAsked && best?.change ? 1 : 0,
    levelForChange: best && asksChangeItself(q) && !best.change ? 1 : 0,
    rateForTotal: TOTAL_ASKED.test(q.text) && picks.some((p) => p.rate) ? 1 : 0,
    total: best?.total ? 1 : 0,
    yearMatch: yearFit === true ? 1 : 0,
    yearMismatch: yearFit === false ? 1 : 0,
    periodNamed: period.named,
    periodByReport: period.byReport,
    periodConflict: period.conflicts,
    person: asksWho && otherPerson ? 1 : 0,
    noPerson: asksWho && !otherPerson ? 1 : 0,
    place: saysWhere ? 1 : 0,
    noPlace: asksWhere && !saysWhere ? 1 : 0,
    named: q.named && (termCoverage(q.named, text) >= RANKING.held || listsKind(q.named, text)) ? 1 : 0,
    quotedName: q.asks.some((a) => a.kind === 'which') && quotesName(q, c.text) ? 1 : 0,
    superlativeUnsaid: WHICH_MOST.test(q.text) && !RANKS.test(text) ? 1 : 0,
    outcomeUnsaid: OUTCOME_ASKED.test(q.text) && !outcomeNamed(q, text) && !outcomeSaid(c, q.asks.some((a) => a.kind === 'count')) ? 1 : 0,
    statedAbsent: stated.absent,
    partUnsaid: partUnsaid(q, text, c.context) ? 1 : 0,
    statedPartMissing: stated.partMissing,
    ordinalConflict: ordinalConflict(q.text, text, `${c.context}\n${c.previous}\n${c.neighbourhood}`) ? 1 : 0,
    dayGiven: givesDayNamed(q, c) ? 1 : 0,
    datePrecise: q.asks.some((a) => a.kind === 'date') && picks.some((p) => p.ask.kind === 'date' && /\d月/.test(p.figure.text)) ? 1 : 0,
    rowLabel: rowLabel(q, c),
    similarity: similarity ?? 0,
    similarityGap: 0,
    clauseSimilarity: clause ?? 0,
    clauseGap: 0,
    meaningLacking: shift.lacking,
    meaningKept: shift.kept,
    // set against the other candidates (rank.ts acrossCandidates)
    coveredWithoutFigure: 0,
    nearerWithoutFigure: 0,
  };
  const negation = negatedOutcome(q);
  const negationMissing = negation !== null && text.includes(negation.outcome) && !negation.negated.test(text);
  return { candidate: c, features, picks, yearMatch, personMissing: asksPerson(q) && !otherPerson, institutionMissing: !(institutionAsked(q)?.test(text) ?? true), negationMissing, otherReport: q.reportKinds.length > 0 && !q.reportKinds.includes(c.doc.kind) };
}

/** The features the question's texts with a word taken out make (meaning.ts), each from 0 to 1: they may be worked out last. */
export const MEANING_FEATURES = ['meaningLacking', 'meaningKept'] as const satisfies readonly FeatureName[];

/**
 * Featured candidates with the meaning features worked out (featured without them, `without` now at hand): new objects,
 * the rest the same. `similarities`: the question's, embedded with its texts with a word taken out.
 */
export function withMeaning(q: Query, featured: readonly Featured[], similarities: Similarities | null, without: ReadonlyMap<string, Similarities> | null): Featured[] {
  return featured.map((f) => {
    const shift = meaningShift(q, f.candidate, similarities?.get(f.candidate.id) ?? null, without);
    return { ...f, features: { ...f.features, meaningLacking: shift.lacking, meaningKept: shift.kept } };
  });
}
