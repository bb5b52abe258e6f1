// What a question asks for, and the kind of figure that answers it: how many (人, 人次,
// 場次, 班, 家, 件, 個機關 …), how much (元), what percentage, when, how long, who, where,
// which. A question may ask several things ("在哪裡辦？有多少人參加？"). Runtime-neutral.
import { isTimeWord, type FigureKind } from '../text/numbers';

export type AskKind = FigureKind | 'who' | 'where' | 'which';

export interface Ask {
  kind: AskKind;
  /** units that answer it, most specific first; empty: any unit of the kind */
  units: string[];
  /** the words of the question that ask it */
  cue: string;
  /** a thing counted with the general classifier (幾個試場: 試場): no count of people or events answers it */
  counted?: string;
  /** a length asked as how often (幾年可以檢一次, 多久巡一次): 每年, 每週 answer it */
  every?: true;
}

interface Rule {
  re: RegExp;
  kind: AskKind;
  units: string[];
}

/**
 * Measure words that say the unit a count asks (幾床, 多少張), each with what follows when it
 * starts a longer word instead (多少支出, 多少個團體, 幾個部門), and whether the general
 * classifier 個 may stand for it (a thing: 4個 for 幾所; not a lesson, an event or a department).
 */
const MEASURE_WORDS: [word: string, startsWord: string, thing: boolean][] = [
  ['張', '', true], ['輛', '', true], ['隊', '', true], ['篇', '', true], ['則', '', true], ['筆', '', true], ['屆', '', true], ['席', '', true],
  ['梯次', '', false], ['床', '', true], ['棟', '', true], ['坪', '', true], ['頁', '', true], ['艘', '', true], ['顆', '', true], ['棵', '', true],
  ['株', '', true], ['隻', '', true], ['套', '', true], ['幅', '', true], ['堂', '', false], ['格', '', true],
  ['本', '府|市|處|局|人', true], ['台', '灣|北|中|南', true], ['部', '門|分|長', true], ['項', '目', true], ['所', '屬|長|得', true],
  ['區', '域|長|公所', true], ['組', '織|長|員', true], ['團', '體|隊', true], ['案', '件', true], ['國', '家|內|外|際|中|小', true],
  ['期', '間|限|末|中', false], ['科', '長|技|員', false], ['座', '談', true], ['條', '件|例', true], ['支', '出|援|持|付', true],
  ['處', '理|分|長|室', true], ['戶', '籍|外', true], ['架', '構', true], ['節', '省|能|約|目', false],
  // things counted by the piece or the container, letters and calls, nights, meals
  ['片', '', true], ['瓶', '', true], ['盒', '', true], ['箱', '', true], ['袋', '', true], ['包', '含|括|裝', true],
  ['封', '面|閉|存', true], ['通', '過|知|報|訊|車|譯|勤|用|常|路|關|行|識|盤|告', true], ['晚', '', false], ['餐', '飲|廳', false],
  // measures: a length, a weight, a volume or an area is never a count of anything
  ['公里', '', false], ['公尺', '', false], ['公分', '', false], ['公斤', '', false], ['公噸', '', false], ['噸', '', false],
  ['公升', '', false], ['公頃', '', false], ['平方公尺', '', false],
];

// Order matters: the first rule that matches a part of the question wins for that part.
/** Units that count people, one as good as another (881人, 5位, 32名). */
export const PERSON_UNITS: readonly string[] = ['人', '名', '位', '員'];

/** Who a who question asks for by a title or role (講師是誰, 哪位醫師, 局長叫什麼名字, 個人獎是誰拿到的): a person, not an organisation (委託誰辦的). */
const PERSON_ROLE = /市長|處長|局長|隊長|所長|院長|館長|科長|組長|區長|首長|部長|議長|總幹事|主任|委員|代表|知事|總理|大使|議員|講師|講座|主講人|主持人|老師|醫師|心理師|諮商師|個人/;

/** Whether a question asks who a person of some title or role is; 哪位 / 哪兩位 / 哪兩個人 ask for people whatever follows. */
export function asksPerson(q: { text: string; asks: readonly Ask[] }): boolean {
  return q.asks.some((a) => a.kind === 'who' && (/[位人]/.test(a.cue) || PERSON_ROLE.test(q.text)));
}

/**
 * A word that only says what kind of thing is asked for — agencies of any kind (哪兩個單位, 哪些機關),
 * things (哪些東西, 什麼事情): a sentence says it by the things' names, not by the word.
 */
export const KIND_ONLY = /^(?:單位|機關|機構|局處|團體|東西|事情)$/;

/**
 * Kinds of institution a question may ask for by kind (哪幾所學校, 哪間大學, 哪家醫院, 住哪間飯店, 哪個友好城市), each with
 * how a name of that kind is written: two characters or more and the kind's ending, not a generic
 * word for all of them (各機關學校, 所屬學校).
 */
const INSTITUTIONS: { asked: RegExp; name: RegExp }[] = [
  // …a student of it is no school (來自世界各地之大學生)
  { asked: /哪[一幾些]?[所間個家]?(?:學校|大學|學院)/, name: /[\u4e00-\u9fff]{2,}(?<!機關|所屬|各級|各)(?:大學|學院|學校|高中|國中|國小|中學|小學)(?!生)/ },
  { asked: /哪[一幾些]?[所間個家]?醫院/, name: /[\u4e00-\u9fff]{2,}(?<!各|所屬|市立)(?:醫院|醫學中心)/ },
  // where a guest stayed: a hotel named, not the trade (帶動餐飲、旅館…商機)
  { asked: /哪[一幾些]?[所間個家]?(?:飯店|酒店|旅館|民宿)|住(?:在)?哪/, name: /[\u4e00-\u9fff]{2,}(?<![、及和與])(?:飯店|酒店|旅館|民宿|會館)/ },
  // a city by its tie: a city named (八王子友好城市, 熊本市), not the tie itself (進行友好城市交流, 各姊妹市)
  { asked: /哪[一幾些]?[個座]?(?:友好城市|姊妹市|城市)/, name: /[\u4e00-\u9fff]{2,}(?<![、及和與等各之行城妹])(?:友好城市|姊妹市|市)(?![民府政長議])/ },
];

/** How a name of the kind of institution the question asks for is written, or null when it asks for none. */
export function institutionAsked(q: { text: string }): RegExp | null {
  return INSTITUTIONS.find((k) => k.asked.test(q.text))?.name ?? null;
}

/**
 * Outcomes a question may ask the negation of (沒有續約, 未通過, 還沒符合): those that did not
 * reach it are counted apart from those that did. Not 有沒有 / 是不是 / 能不能 (a yes-or-no question).
 */
const NEGATED_OUTCOME = /(?:沒有|沒|未|不)(?:能|再)?(續約|通過|符合|達到|達成|完成|完訓|結訓|參加|出席|錄取|核准|同意|結婚|取得|合格|到考|報到|續聘)/;

/** The A-not-A of a yes-or-no question (有沒有, 是不是). */
const YES_OR_NO = /有沒有|是不是|能不能|會不會|可不可以?/g;

/**
 * How a sentence says the outcome the question negates (尚未符合, 未續約, 無法出席), or null when
 * the question negates none: a sentence that names the outcome only as reached does not answer.
 */
export function negatedOutcome(q: { text: string }): { outcome: string; negated: RegExp } | null {
  const m = NEGATED_OUTCOME.exec(q.text.replace(YES_OR_NO, ''));
  if (!m?.[1]) return null;
  return { outcome: m[1], negated: new RegExp(`(?:未|沒有?|不|無法|免)(?:能|再)?${m[1]}`) };
}

const RULES: Rule[] = [
  // which one of a series (第幾次市政會議): answered by an ordinal figure (第330次)
  { re: /第幾(班期|梯次|次|期|屆|名|場|班|個|位|類|項|組)?/, kind: 'ordinal', units: [] },
  // a training's person-days are counted in 人天次 only (人次 counts attendances)
  { re: /人天次/, kind: 'count', units: ['人天次'] },
  { re: /人次/, kind: 'count', units: ['人次', '人天次', '瀏覽人次'] },
  { re: /(?:幾|多少)(?:個)?(?:場次|場)|場次/, kind: 'count', units: ['場次', '場', '梯次'] },
  { re: /(?:幾|多少)(?:個)?(?:班期|班|期)|班期/, kind: 'count', units: ['班', '班期', '個班期', '期'] },
  { re: /(?:幾|多少)(?:個)?機關/, kind: 'count', units: ['個機關', '個'] },
  { re: /(?:幾|多少)(?:個)?(?:團隊|委員會)/, kind: 'count', units: ['個'] },
  { re: /(?:幾|多少)家|店家數/, kind: 'count', units: ['家'] },
  { re: /(?:幾|多少)件|件數/, kind: 'count', units: ['件'] },
  { re: /(?:幾|多少)門|課程數/, kind: 'count', units: ['門'] },
  { re: /(?:幾|多少)對/, kind: 'count', units: ['對'] },
  { re: /(?:幾|多少)份/, kind: 'count', units: ['份'] },
  { re: /(?:幾|多少)車次/, kind: 'count', units: ['車次'] },
  { re: /(?:幾|多少)(?:大)?類/, kind: 'count', units: ['大類', '類'] },
  { re: /(?:幾|多少)(?:個)?(?:小時|鐘頭)|時數/, kind: 'duration', units: ['小時'] },
  // …and views, counted as 瀏覽人次 (資源被瀏覽了幾次)
  { re: /(?:幾|多少)(?:次|回)|次數/, kind: 'count', units: ['次', '人次', '車次', '場次', '瀏覽人次'] },
  { re: /(?:幾|多少)(?:個)?(?:社團|學苑)/, kind: 'count', units: ['個'] },
  { re: /利率|利息|年息|厘/, kind: 'rate', units: ['厘', '%'] },
  { re: /(?:幾|多少)折|折扣|打折/, kind: 'rate', units: ['折'] },
  // 「…有幾個？」 ends the question on a count of things or people, whatever else it names (比例的委員會有幾個)
  { re: /(?:幾|多少)個$/, kind: 'count', units: ['個', '人', '名', '位'] },
  // a rate (通過率, 完訓率), not 率 as lead (市長率團, 率領)
  { re: /比例|比率|百分比|百分之(?:幾|多少)|(?:幾|多少)\s?(?:%|％|趴)|[佔占][^，,？?]{0,8}多少(?![人名位家件個場班元])|[\u4e00-\u9fff]{1,3}率(?![團領隊先])|滿意度/, kind: 'percent', units: ['%'] },
  // …and what is paid out, asked by its verb: 最多補多少, 可以領多少
  // …and a sum named by what it is, the word ending at 金, 費 or 錢: 退撫金, 照護金, 油料費, 加班費, 油錢,
  // also before the period it is of (退撫金下半年發了多少)
  // (not 基金會, 金檔獎, 消費者, 收費服務員)
  { re: /多少錢|金額|預算|經費|費用|單價|價格|價錢|售價|造價|總價|票價|成本|(?!消費|浪費|免費)[\u4e00-\u9fff](?:金|費|錢)(?=[^\u4e00-\u9fff]|$|[的是有為總共一每單要發多可領給約呢花上下全今去到從在這那整])|花了?多少(?!時間|天|小時|分鐘|年|個月|週)|多少元|幾元|千元|萬元|薪|津貼|補助(?:費)?[^，,。？?多少幾]{0,6}多少(?![\u4e00-\u9fff])|人事費|預備金|編列|貸款(?:金額)?(?:是|有|為)?多少|(?:補|領|借|貸)了?多少(?=$|[？?，,。呢啊])/, kind: 'money', units: ['千元', '萬元', '億元', '元'] },
  // how long, in the unit asked (幾天: days, not 3年); 哪幾天 / 哪幾年 ask which dates
  { re: /(?<!哪)幾天|多少天/, kind: 'duration', units: ['天', '日'] },
  { re: /(?:幾|多少)(?:個)?[周週]年/, kind: 'duration', units: ['周年', '週年'] },
  { re: /(?<!哪)幾個月|多少個月/, kind: 'duration', units: ['個月'] },
  // weeks (幾週; 幾個禮拜 and 幾個星期 are read as 幾週), not 週年
  { re: /(?<!哪)(?:幾|多少)個?[周週](?!年)/, kind: 'duration', units: ['週'] },
  // 幾年幾月, 民國幾年 and 幾年到幾年 ask dates; 滿幾年 of a tie is answered by its 周年 (締盟 40 周年)
  { re: /(?<![哪到至~－-]|民國|西元)幾年(?!幾?月|[到至~－-]幾年)|多少年/, kind: 'duration', units: ['年', '周年', '週年'] },
  { re: /多久|期限/, kind: 'duration', units: ['年', '個月', '天', '週', '小時'] },
  // a telephone number asked (專線是幾號, 電話多少) is a name to quote, not a count nor a day (專線多少通 counts calls)
  { re: /(?:電話|專線|號碼|分機)(?:號碼)?(?:是|為)?(?:多少|幾號)(?=$|[？?，,。呢啊])/, kind: 'which', units: [] },
  // a date to the day, to the month, to the year, or any (a period: 期間)
  { re: /哪一天|哪[兩二三]?天|幾月幾日|幾號|日期|生效日|哪一日/, kind: 'date', units: ['日'] },
  { re: /哪個月|哪一個月|幾月/, kind: 'date', units: ['月'] },
  // a time of day (幾點開始): only a figure with its hour answers
  { re: /幾點(?:鐘)?/, kind: 'date', units: ['時'] },
  { re: /哪一年|何年|哪年|(?:民國|西元)幾年|幾年[到至~－-]幾年/, kind: 'date', units: ['年'] },
  // the span a thing covers (報告涵蓋的期間是什麼時候): its dates, all those words only ask
  { re: /(?:涵蓋|包含|包括|含括)的?(?:期間|時間|時段|日期)(?:是|為)?(?:什麼時候|何時|哪段(?:時間|期間))?/, kind: 'date', units: [] },
  // a bare 期間 asks only when it ends the question (辦理期間？); 燈會期間來了多少人 asks a count
  { re: /什麼時候|什麼時間|何時|哪段(?:時間|期間)|哪幾天|期間(?=[是為呢嗎]?$)|多久以前/, kind: 'date', units: [] },
  // the name of a thing (方案叫什麼名字, 新機關叫什麼): which; of a person (知事叫什麼名字): who
  { re: /(?<![長事理使員師人者官任表席生友手叫])(?:叫什麼(?:名字|名稱)?|什麼名[字稱])/, kind: 'which', units: [] },
  // 哪兩個人 asks for people as 哪兩位 does (not 哪個人事機構); 哪些人 asks what kind of people (對象是哪些人)
  { re: /是誰|哪位|哪一位|哪[兩二三四五六七八九十幾]位|哪[一兩二三四五六七八九十幾]?個人(?![事力員數次才])|誰|姓名|由何人|叫什麼(?:名字)?|什麼名字/, kind: 'who', units: [] },
  // 在哪一次 / 在哪場 ask which occasion, not where
  // …and 哪兩個地方, 哪兩處 ask places, not which things
  { re: /在?哪(?:[一兩二三四五六七八九十幾]|些)?個?(?:地方|地點|場地|場所)|在?哪[一兩二三四五六七八九十幾]處|哪裡|何處|在哪(?![一幾]?[次場屆年天])|地點|什麼地方/, kind: 'where', units: [] },
  { re: /幾歲|多少歲|年齡|歲數/, kind: 'count', units: ['歲'] },
  // a score (考幾分, 平均幾分): not a fraction (幾分之幾) nor minutes (幾分鐘)
  { re: /(?:幾|多少)分(?![之鐘])|分數/, kind: 'count', units: ['分'] },
  { re: /(?:員額|人力|編制)(?:總數)?(?:是|有|為)?(?:多少|幾)/, kind: 'count', units: ['人', '名'] },
  // people: but 員工社團, 員工福利, 員額 count something else, and so do 幾個人事機構, 幾個人力…
  { re: /(?:幾|多少)(?:個)?(?:人(?![事力])|位|名|員(?![工額]))|(?:幾|多少)(?:個|位|名)[\u4e00-\u9fff]{1,6}?的人(?![員次])|人數|的人(?:總共|一共|共|總計|合計|大概|大約)?(?:有|是|為)?(?:多少|幾個?)(?![\u4e00-\u9fff])|(?:幾|多少)(?:個|位|名)?[\u4e00-\u9fff]{0,6}?(?:人員|同仁|學員|學生|員工(?!社團|福利|協助)|考生|貴賓|職員|會員|志工|義工|主管|校長|主任|師|民眾|市民|客(?![語家委戶服製梯車運機船輪房艙]))/, kind: 'count', units: [...PERSON_UNITS] },
  { re: /哪些|哪[一兩二三四五六七八九十]?[個種項類等級位案所家場次門堂間座國市局處院校班期屆本篇部]|何種|什麼|甚麼|哪幾|幾等|第幾/, kind: 'which', units: [] },
  // a classifier says the unit: 多少張, 幾本, 幾所, 幾區, 幾個科, 幾床, 幾棟 … (not the start of a word: 多少支出, 幾處理, 多少條件)
  { re: /(?:幾|多少)間/, kind: 'count', units: ['間', '所', '家'] },
  { re: new RegExp(`(?:幾|多少)個?(${MEASURE_WORDS.map(([w, starts]) => (starts ? `${w}(?!${starts})` : w)).join('|')})`), kind: 'count', units: [] },
  // the classifier 個 before what they did or did not do counts (多少個沒符合比例規定: not the 比例 it names)
  { re: /(?:幾|多少)個(?=[沒未不尚還已有是被要會能達通完])/, kind: 'count', units: ['個', '人', '名', '位'] },
  { re: /多少|幾/, kind: 'count', units: [] },
];

/** How often, not how long: 幾年可以檢一次, 多久巡一次 (not 第一次, one of a series). */
const HOW_OFTEN = /(?<!第)[一1]次/;

const PARTS = /[？?，,、；;]|(?:以及|還有|及|和|與|跟)(?=.{0,6}(?:多少|幾|哪|何|什麼))/;

/** The words that make a question; a measure named without them (「班期」, 「預算」) only asks when nothing else does. */
export const QUESTION_WORD = /幾|多少|多久|哪|什麼|甚麼|誰|何/;

/**
 * What a piece of a question asks: of the rules that match, the one whose words stand nearest
 * a question word (「精簡員額多少比例」: 比例; 「發放金額是多少」: 金額; 「幾個人參加」: 人), earlier
 * rules first on a tie; the bare 多少 / 幾 only when nothing names the measure.
 */
function askOf(part: string): { ask: Ask; asking: boolean } | null {
  const words = [...part.matchAll(new RegExp(QUESTION_WORD.source, 'g'))].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  let best: { ask: Ask; distance: number } | null = null;
  for (const [i, rule] of RULES.entries()) {
    if (i === RULES.length - 1 && best) continue;
    for (const m of part.matchAll(new RegExp(rule.re.source, 'g'))) {
      const at = m.index ?? 0;
      const distance = QUESTION_WORD.test(m[0]) ? 0 : Math.min(Infinity, ...words.map((w) => (w.end <= at ? at - w.end : w.start - (at + m[0].length))));
      // 哪幾大類, 哪幾個科室: which ones, not how many
      const which = rule.kind === 'count' && part[at - 1] === '哪';
      const ask = which ? { kind: 'which' as const, units: [], cue: `哪${m[0]}` } : { kind: rule.kind, units: rule.units.length === 0 && m[1] ? [m[1]] : rule.units, cue: m[0] };
      if (!best || distance < best.distance) best = { ask, distance };
    }
  }
  if (!best) return null;
  if (best.ask.kind === 'duration' && HOW_OFTEN.test(part)) best.ask = { ...best.ask, every: true };
  const counted = best.ask.kind === 'count' && best.ask.units.length === 0 ? COUNTED_THING.exec(part)?.[1] : undefined;
  return { ask: counted && !PERSON_ENDING.test(counted) ? { ...best.ask, counted } : best.ask, asking: words.length > 0 };
}

/** 那幾班 / 這幾位 point at things already named when a question word follows (那幾班英文課一共幾個人上): read as 那些, asking nothing. */
const POINTING = /([那這])幾(?=.*(?:幾|多少|哪|什麼|誰))/g;

/** The text with its pointing 那幾 / 這幾 read as 那些 / 這些 (the same length: offsets stay). */
export const withoutPointing = (text: string): string => text.replace(POINTING, '$1些');

/** 「幾個試場」, 「多少個帳號」: the general classifier and a short name ending the question — what it counts. */
const COUNTED_THING = /(?:幾|多少)個([\u4e00-\u9fff]{2,3})(?:呢|啊|嗎|啦|了)?$/;

/** The end of a name of people, of what is counted in people (員額, 職缺, 人力) or of an outcome people reach (結訓, 合格): counted in 人, 名, 位. */
const PERSON_ENDING = /[人員生師長民工者官士友眾伴偶使屬眷童兒孩女男婦妻夫子手輯審佐任額缺力委書事管訓格]$/;

export function findAsks(question: string): Ask[] {
  // 那幾 / 這幾 before a question word in a later clause points at things (那幾個戶所整併以後，…剩幾個人)
  const found = withoutPointing(question)
    .split(PARTS)
    .filter(Boolean)
    .flatMap((part) => askOf(part) ?? []);
  // a clause without a question word (「106年一般行政的預算裡面，…佔多少」) only names the topic —
  // unless the question word asks nothing specific (「比例在110年和111年各是多少」)
  const generic = (a: Ask): boolean => a.kind === 'count' && a.units.length === 0;
  const asked = found.filter((f) => f.asking);
  const asking = asked.length > 0 && asked.some((f) => !generic(f.ask)) ? asked : found;
  const asks: Ask[] = [];
  for (const { ask } of asking) if (!asks.some((a) => a.kind === ask.kind && a.units.join() === ask.units.join())) asks.push(ask);
  // "…各是多少" after a specific ask adds nothing: a bare count only counts when it is alone
  const specific = asks.filter((a) => !(a.kind === 'count' && a.units.length === 0));
  return specific.length > 0 ? specific : asks;
}

/** Units of things (家, 所, 區, 項 …) that the general classifier 個 may stand for; never people, events or times. */
const THINGS = new Set(['家', '門', '類', '大類', '間', ...MEASURE_WORDS.filter(([, , thing]) => thing).map(([w]) => w)]);

/** A date figure that is a span: a day or month, then 至 / 到 / ~ / - and another. */
const DATE_SPAN = /[日月][至到~-]\d/;

/** Units that are the classifier 個 followed by what it counts (not 個月, a duration). */
const COUNTED_BY_GE = /^個(?!月)[\u4e00-\u9fff]+$/;

/** How a figure answers an ask: in the asked unit, only loosely (the classifier 個 for 「幾家醫學中心」: 4個醫學中心; 人次 for 「多少人」), or not. */
export type UnitFit = 'exact' | 'loose' | null;

export function unitFit(ask: Ask, figure: { kind: FigureKind; unit: string; text: string }): UnitFit {
  if (ask.kind === 'who' || ask.kind === 'where' || ask.kind === 'which') return null;
  if (ask.counted) return countsThing(ask.counted, figure) ? 'exact' : null;
  // 第幾期 and 第幾班 are both answered by 第2班期
  if (ask.kind === 'ordinal') return figure.kind === 'ordinal' && (ask.units.length === 0 || ask.units.some((u) => figure.unit.includes(u))) ? 'exact' : null;
  // a bare number in running text is a list number or a code, and 第3期 says which one: never a count
  if (figure.kind === 'number' || figure.kind === 'ordinal') return null;
  if (ask.kind === 'count' && ask.units.length === 0) return ['count', 'money', 'percent'].includes(figure.kind) ? 'exact' : null;
  if (ask.kind === 'date') {
    if (figure.kind !== 'date' && figure.kind !== 'year') return null;
    const precision = ask.units[0];
    // a time in words (年中, 當月) answers when only loosely, and never a day, month or year asked
    if (isTimeWord(figure)) return precision ? null : 'loose';
    return !precision || figure.text.includes(precision) || (precision === '年' && figure.kind === 'year') ? 'exact' : null;
  }
  if (ask.kind === 'rate') return figure.kind === 'rate' || figure.kind === 'percent' ? 'exact' : null;
  // how long a thing ran, when the report prints only its dates (111年11月2日至11月23日): the span, loosely
  if (ask.kind === 'duration' && figure.kind === 'date' && DATE_SPAN.test(figure.text)) return 'loose';
  // how often: 每年(一次), 每週 — a time in words that repeats
  if (ask.every && isTimeWord(figure) && figure.text.startsWith('每')) return 'exact';
  if (ask.kind === 'money') return figure.kind === 'money' ? 'exact' : null;
  if (ask.kind !== figure.kind && !(ask.kind === 'count' && figure.kind === 'duration' && ask.units.includes(figure.unit))) return null;
  if (ask.units.length === 0 || ask.units.includes(figure.unit)) return 'exact';
  // 187個機關, 175個班期: the classifier 個 with what it counts answers a question that asks 幾個
  if (ask.units.includes('個') && COUNTED_BY_GE.test(figure.unit)) return 'exact';
  // 人次 counts attendances: it answers 「多少人」 only when the sentence has no count of persons
  if (ask.kind === 'count' && ask.units.includes('人') && figure.unit === '人次') return 'loose';
  // 個 counts things, never people or events (「16個員工社團」 answers neither 「多少人」 nor 「幾場次」)
  return ask.kind === 'count' && figure.unit === '個' && ask.units.every((u) => THINGS.has(u)) ? 'loose' : null;
}

/** Whether a figure counts things (not people, events or times), and with 個 + a name, the thing asked (12個機關 does not count 帳號). */
function countsThing(counted: string, figure: { kind: FigureKind; unit: string }): boolean {
  if (figure.kind !== 'count') return false;
  if (figure.unit === '個' || THINGS.has(figure.unit)) return true;
  return COUNTED_BY_GE.test(figure.unit) && [...figure.unit.slice(1)].some((ch) => counted.includes(ch));
}

/** Whether a figure of this kind and unit answers the ask (in its unit). */
export function figureAnswers(ask: Ask, figure: { kind: FigureKind; unit: string; text: string }): boolean {
  return unitFit(ask, figure) === 'exact';
}

/** Asks a figure can answer (not who / where / which). */
export function isFigureAsk(ask: Ask): boolean {
  return ask.kind !== 'who' && ask.kind !== 'where' && ask.kind !== 'which';
}
