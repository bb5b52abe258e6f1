// The first step for every question: one spelling the reports share. NFKC, Simplified →
// Traditional, English → the reports' Chinese terms, AD years → ROC years (kept beside the
// AD form, which may be part of a name: 2023年高雄燈會), the words people add around a
// question (請問, 幫我查一下, 那個) dropped, ordinals and counts in digits (第二次 → 第2次, 兩年 → 2年, as printed), a
// ROC year typed without 年 (113下半年) with it, weeks in 週 (幾個禮拜 → 幾週), a medal asked by one character as the reports print it (什麼牌 → 什麼獎牌), a sum in everyday words (加起來) as the reports' 合計.
// Runtime-neutral.
import { isEnglish, translateEnglish } from '../text/glossary';
import { compactSpaces } from '../text/normalize';
import { chineseNumber } from '../text/numbers';
import { looksSimplified, toTraditional } from '../text/script';
import { rewriteAdYears } from '../text/years';
import { QUESTION_WORD } from './asks';

export interface PreparedQuestion {
  /** as typed */
  original: string;
  /** normalised Traditional Chinese text used by every later stage */
  text: string;
  english: boolean;
}

/** Polite openings and fillers: they say nothing about what is asked. */
const FILLERS = [
  /^(?:(?:請問|請教|麻煩(?:你|您)?|不好意思|想請問|我想(?:知道|問|查|請問)?|想(?:知道|問|查)|可以告訴我|請告訴我|告訴我|幫(?:我|忙)(?:查|看|找)?(?:一下)?|查一下|問一下|那個|嗯|呃)[，,、\s]*)+/,
  /(?:一下|到底|究竟)(?=[\u4e00-\u9fff])/g,
  // pointing words: 那個, 那次, 那班 — and 那部分, …的部分 (教職員那部分有幾位, 教育人員的部分有幾位: the part of what was asked before)
  /(?:(?:[那這該]一?|的)部[分份]|那個|這個|那一|這一|這份|那份|這次|那次|那班|這班|那場|這場|那梯|這梯)(?=[\u4e00-\u9fff])/g,
  /又(?=有|是|為|多少|幾)/g,
  // the reports' publisher: every report is the city government's, and none calls it by name
  // (本府); cut whole, before segmentation splits it into 高雄 + 市政府 and both look like topics.
  // Another city's (臺北市政府) or 縣市政府 stays: the question is about something else.
  /高雄市政府|高雄市府|高市府|(?<![\u4e00-\u9fff])市政府/g,
  /[呀啊喔哦耶吧啦嘛](?=[?？!！。]*$)/,
];

/**
 * 兩年 → 2年, 十二個 → 12個: the reports print counts in digits. A lone 一 stays (一年下來,
 * 一共, 一般 are no counts), and so does a numeral inside a name (兩行政中心, 三節慰問金) and one after 哪
 * (哪兩位, 哪三個): that counts the things asked for, which the reports never print as a figure.
 */
const COUNT = /(?<![第哪])([〇二兩三四五六七八九十百][〇一二兩三四五六七八九十百]*|一[十百][〇一二兩三四五六七八九十百]*)(?=個月|小時|[年個位名人天場次班期件家科所項類週歲倍折])/g;

/** A sum in everyday words (全部加起來, 加總) → the reports' own word for it, 合計. */
const SUMMED = /(?:全部|通通|總共|一共)?(?:加總起來|加起來|加總)/g;

/** 113下半年 → 113年下半年: a ROC year typed without 年 before the part of the year. */
const BARE_ROC_YEAR = /(?<![\d,.])(\d{2,3})(?=上半年|下半年|全年|年底)/g;

/** 幾個禮拜, 8個星期 → 幾週, 8週: the reports count weeks in 週 (為期8週). */
const WEEKS = /個(?:禮拜|星期)/g;

/** 拿了什麼牌 → 什麼獎牌: a medal asked by one character, which the reports print in two (獎牌, 金牌, 銀牌). A prize, 什麼獎, is printed by its name (績優獎). */
const MEDAL_ASKED = /(?<=什麼|哪[一個種些面]?)牌(?=[呢嗎啊?？!！。，,\s]|$)/g;

/**
 * 幾 typed on a phonetic keyboard as another ㄐㄧ (辦了機場次, 有己個人): after a verb or 了, before a
 * classifier — in a message with no question word of its own, where nothing else asks.
 */
const JI_MISTYPED = /(?<=[了有共計是辦開收發到])[機己](?=(?:個|位|名|人|場|次|件|家|所|班|天|年|項|梯|週|小時|車次|元|萬|千|百))/g;

/** 第二次 → 第2次: the reports print ordinals in digits. */
const ORDINAL = /第([零〇一二兩三四五六七八九十百]+)(?=[次期屆場班梯名位個項類組])/g;

export function stripFillers(text: string): string {
  let out = text;
  for (const re of FILLERS) out = out.replace(re, '');
  return out.trim() || text;
}

/** A four-digit number after a word of time (in 2015, during 2016, for 2017): a year in English, whatever else the reports print it as. */
const YEAR_AFTER = /\b(?:in|during|for|since|by|until|till|before|after|from|of|year|fy)\s+((?:19|20)\d{2})\b/gi;

/** `numberIsName`: a four-digit number the reports print only as a name (1999 for the city hotline), not a year even in English, unless a word of time stands before it. */
export function prepareQuestion(question: string, numberIsName?: (digits: string) => boolean): PreparedQuestion {
  const nfkc = question.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const english = isEnglish(nfkc);
  const years = new Set([...nfkc.matchAll(YEAR_AFTER)].map((m) => m[1]));
  const isName = (digits: string): boolean => !years.has(digits) && (numberIsName?.(digits) ?? false);
  const base = english ? translateEnglish(nfkc) : nfkc;
  const traditional = looksSimplified(base) ? toTraditional(base) : base;
  const text = stripFillers(compactSpaces(rewriteAdYears(traditional, english, isName)))
    .replace(ORDINAL, (whole, n: string) => {
      const value = chineseNumber(n);
      return value === null ? whole : `第${value}`;
    })
    .replace(COUNT, (whole, n: string) => String(chineseNumber(n) ?? whole))
    .replace(BARE_ROC_YEAR, '$1年')
    .replace(WEEKS, '週')
    .replace(MEDAL_ASKED, '獎牌')
    .replace(SUMMED, '合計');
  const asks = QUESTION_WORD.test(text) || text.includes('嗎');
  return { original: question, text: asks ? text : text.replace(JI_MISTYPED, '幾'), english };
}
