// What a question asks for, and the kind of figure that answers it: how many (人, 人次,
// 場次, 班, 家, 件, 個機關 …), how much (元), what percentage, when, how long, who, where,
// which. A question may ask several things ("在哪裡辦？有多少人參加？"). Runtime-neutral.
import type { FigureKind } from '../text/numbers';

export type AskKind = FigureKind | 'who' | 'where' | 'which';

export interface Ask {
  kind: AskKind;
  /** units that answer it, most specific first; empty: any unit of the kind */
  units: string[];
  /** the words of the question that ask it */
  cue: string;
}

interface Rule {
  re: RegExp;
  kind: AskKind;
  units: string[];
}

// Order matters: the first rule that matches a part of the question wins for that part.
const RULES: Rule[] = [
  { re: /人次/, kind: 'count', units: ['人次', '人天次', '瀏覽人次'] },
  { re: /(?:幾|多少)(?:個)?(?:場次|場)|場次/, kind: 'count', units: ['場次', '場', '梯次'] },
  { re: /(?:幾|多少)(?:個)?(?:班期|班)|班期/, kind: 'count', units: ['班', '班期', '個班期', '期'] },
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
  { re: /(?:幾|多少)(?:次|回)|次數/, kind: 'count', units: ['次', '人次', '車次', '場次'] },
  { re: /(?:幾|多少)(?:個)?(?:社團|學苑)/, kind: 'count', units: ['個'] },
  { re: /利率|利息|年息|厘/, kind: 'rate', units: ['厘', '%'] },
  { re: /比例|比率|百分比|百分之幾|佔多少|占多少|(?:覆蓋|完訓|精簡|通過|涵蓋|提缺|達成|出席|滿意)率|滿意度/, kind: 'percent', units: ['%'] },
  { re: /多少錢|金額|預算|經費|費用|獎金|多少元|幾元|千元|萬元|薪|津貼|補助(?:費)?(?:最高|每人)?(?:是)?多少|人事費|貸款.*多少/, kind: 'money', units: ['千元', '萬元', '億元', '元'] },
  { re: /多久|幾年|多少年|幾個月|幾天|多少天|期限/, kind: 'duration', units: ['年', '個月', '天', '週'] },
  { re: /什麼時候|何時|哪一天|哪天|幾月幾日|日期|哪段(?:時間|期間)|期間|哪一年|何年|生效日/, kind: 'date', units: [] },
  { re: /是誰|哪位|哪一位|誰|姓名|由何人/, kind: 'who', units: [] },
  { re: /哪裡|何處|在哪|地點|什麼地方/, kind: 'where', units: [] },
  { re: /幾歲|多少歲|年齡|歲數/, kind: 'count', units: ['歲'] },
  { re: /(?:員額|人力|編制)(?:總數)?(?:是|有|為)?(?:多少|幾)/, kind: 'count', units: ['人', '名'] },
  // people: but 員工社團, 員工福利, 員額 count something else
  { re: /(?:幾|多少)(?:個)?(?:人|位|名|員(?![工額]))|人數|(?:幾|多少)(?:個|位|名)?[\u4e00-\u9fff]{0,6}?(?:人員|同仁|學員|學生|員工(?!社團|福利|協助)|考生|貴賓|職員|會員|主管|校長|主任|師)/, kind: 'count', units: ['人', '名', '位', '員', '人次'] },
  { re: /哪些|哪一?[個種項類等級位案所家場]|何種|什麼|甚麼|哪幾|幾等|第幾/, kind: 'which', units: [] },
  // a classifier says the unit: 多少張, 幾本, 幾所, 幾區 …
  { re: /(?:幾|多少)(張|本|台|輛|部|項|所|區|組|隊|團|案|篇|則|筆|屆|席|國|期|梯次)/, kind: 'count', units: [] },
  { re: /多少|幾/, kind: 'count', units: [] },
];

const PARTS = /[？?，,、；;]|(?:以及|還有|及|和|與|跟)(?=.{0,6}(?:多少|幾|哪|何|什麼))/;

export function findAsks(question: string): Ask[] {
  const asks: Ask[] = [];
  for (const part of question.split(PARTS)) {
    if (!part) continue;
    for (const rule of RULES) {
      const m = part.match(rule.re);
      if (!m) continue;
      const units = rule.units.length === 0 && m[1] ? [m[1]] : rule.units;
      if (!asks.some((a) => a.kind === rule.kind && a.units.join() === units.join())) {
        asks.push({ kind: rule.kind, units, cue: m[0] });
      }
      break;
    }
  }
  // "…各是多少" after a specific ask adds nothing: a bare count only counts when it is alone
  const specific = asks.filter((a) => !(a.kind === 'count' && a.units.length === 0));
  return specific.length > 0 ? specific : asks;
}

/** Whether a figure of this kind and unit answers the ask. */
export function figureAnswers(ask: Ask, figure: { kind: FigureKind; unit: string }): boolean {
  if (ask.kind === 'who' || ask.kind === 'where' || ask.kind === 'which') return false;
  // a bare number in running text is a list number or a code, never an answer
  if (figure.kind === 'number') return false;
  if (ask.kind === 'count' && ask.units.length === 0) return ['count', 'money', 'percent'].includes(figure.kind);
  if (ask.kind === 'date') return figure.kind === 'date' || figure.kind === 'year';
  if (ask.kind === 'rate') return figure.kind === 'rate' || figure.kind === 'percent';
  if (ask.kind === 'money') return figure.kind === 'money';
  if (ask.kind !== figure.kind && !(ask.kind === 'count' && figure.kind === 'duration' && ask.units.includes(figure.unit))) return false;
  return ask.units.length === 0 || ask.units.includes(figure.unit);
}

/** Asks a figure can answer (not who / where / which). */
export function isFigureAsk(ask: Ask): boolean {
  return ask.kind !== 'who' && ask.kind !== 'where' && ask.kind !== 'which';
}
