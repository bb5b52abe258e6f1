// The content terms of a question, weighted by how rare they are in the reports, and how a
// candidate sentence covers them. Matching is on normalised Traditional text; a few
// interchangeable words of the reports count as the same term. Runtime-neutral.
import { extractFigures } from '../text/numbers';
import type { Script } from '../text/script';
import { bigramsOf, cutSpans, type WordCutter } from '../text/segment';
import { isStopword } from '../text/stopwords';

export interface Term {
  text: string;
  weight: number;
  /** the reports use this term (a word they never use says little about a sentence) */
  known: boolean;
  /** must appear for an answer: a quoted name, another city */
  required: boolean;
  /** spellings that count as the same term */
  alts: string[];
  /** its words, for partial credit when they stand apart ("特約" … "店家") */
  pieces: string[];
  /** a verb: weighs less, and is never the question's most telling term */
  verb: boolean;
}

/** Words the reports use interchangeably (normalised forms). */
const SYNONYMS: string[][] = [
  ['比例', '比率', '占比', '百分比'],
  ['參加', '參訓', '與會', '參與', '出席', '到考'],
  ['舉辦', '辦理', '開辦', '舉行'],
  ['人數', '人次', '人'],
  ['店家', '商店', '商家'],
  ['同仁', '員工', '人員'],
  ['錢', '金額', '元'],
  ['補助', '補貼'],
  ['預算', '經費'],
  ['多少場', '場次'],
  ['女性', '女'],
  ['身心障礙', '身障'],
  ['退休', '退撫'],
  ['獲選', '當選', '榮膺', '獲頒'],
  ['得獎', '獲獎', '獲得', '榮獲', '得到', '拿到', '贏得'],
  ['獎牌', '金牌', '銀牌', '銅牌', '獎項'],
  ['課程', '班期', '班'],
  ['上課', '參訓', '課程'],
  ['取得', '考取', '通過'],
  ['分成', '分為', '區分', '包括'],
  ['使用', '利用'],
  ['台北', '臺北'],
];

/** A verb says less about a sentence than a name does ("編列", "拿到", "分成"). */
const VERB_WEIGHT = 0.6;

const OTHER_CITIES = /(?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|基隆|新竹|苗栗|彰化|南投|雲林|嘉義|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|連江)(?:市|縣)(?:政府)?/g;

// question words and fillers that are never a topic; periods are matched by the period logic
const FILLER = /^(?:是多少|有多少|多少|是否|請問|共計|總共|一共|各是|分別|呢|嗎|的|了|是|有|共|各|都|在|於|年度|今年|去年|那|那麼|其中|實際|一個|哪一|哪個|這個|上半年|下半年|全年|全年度|年底|年中|月份|期間|時候)$/;

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

export interface TermOptions {
  cutter: WordCutter;
  script: Script;
  /** inverse document frequency of a normalised term over the reports; null when never used */
  idf: (term: string) => number | null;
  /** the reports' own names (user dictionary), weighted up when asked for */
  names: Set<string>;
  /** words of the question that ask (哪一個, 什麼時候 …), left out of the terms */
  cues?: string[];
}

/** Content terms of a normalised question text. */
export function extractTerms(question: string, opts: TermOptions): Term[] {
  let text = question;
  const terms = new Map<string, Term>();
  const add = (t: string, required: boolean, boost = 1, verb = false): void => {
    if (t.length < 2 && !/[a-z]/.test(t)) return;
    const existing = terms.get(t);
    if (existing) {
      existing.required ||= required;
      return;
    }
    const alts = altsOf(t);
    // the term's own rarity; for a word the reports never use, that of its commonest other spelling
    const alternatives = alts.map(opts.idf).filter((x): x is number => x !== null);
    const idf = opts.idf(t) ?? (alternatives.length > 0 ? Math.min(...alternatives) : null);
    const pieces = cutSpans(t, opts.cutter, opts.script).map((p) => p.word).filter((p) => p.length >= 2);
    const weight = (idf ?? 0) * boost * (verb ? VERB_WEIGHT : 1);
    terms.set(t, { text: t, weight, known: idf !== null, required, alts, pieces: pieces.length >= 2 ? pieces : [], verb });
  };
  for (const m of text.matchAll(/「([^」]+)」/g)) add(m[1] ?? '', true, 1.5);
  for (const m of text.matchAll(OTHER_CITIES)) add(m[0], true, 2);
  // figures that are not years or dates are terms too ("未滿40歲", "第2期")
  for (const f of extractFigures(text)) if (f.kind !== 'year' && f.kind !== 'date' && f.unit) add(f.text, false);
  // the words that only ask (哪一個, 什麼時候, 是誰) are not looked for in the reports
  for (const cue of opts.cues ?? []) text = text.split(cue).join(' ');
  for (const span of cutSpans(text.replace(/[「」]/g, ' '), opts.cutter, opts.script)) {
    const w = span.word.trim();
    if (!w || /^[\d.,%]+$/.test(w) || /\d{2,3}年/.test(w) || isStopword(w) || FILLER.test(w) || /^(?:幾|多少)/.test(w)) continue;
    if (!/[\u3400-\u9fffa-z]/.test(w)) continue;
    add(w, false, opts.names.has(w) ? 1.5 : 1, /^v[di]?$/.test(span.tag) && !opts.names.has(w));
  }
  // a word the reports never use weighs as much as an average known term: it counts, but a
  // paraphrase ("分成" for "分為") must not outweigh the names the reports do use
  const known = [...terms.values()].filter((t) => t.known);
  const mean = known.length > 0 ? known.reduce((s, t) => s + t.weight, 0) / known.length : 1;
  for (const t of terms.values()) if (!t.known) t.weight = (t.required ? 2 : 1) * mean * (t.verb ? VERB_WEIGHT : 1);
  return [...terms.values()].filter((t) => t.weight > 0);
}

/** Share of a term's characters found as whole pieces in a text. */
function piecesFound(term: Term, text: string): number {
  const total = term.pieces.reduce((s, p) => s + p.length, 0);
  return total === 0 ? 0 : term.pieces.filter((p) => text.includes(p)).reduce((s, p) => s + p.length, 0) / total;
}

/**
 * 1 when the term (or another spelling) is in the text; partial credit when most of its
 * words, or failing that most of its character pairs, are.
 */
export function termCoverage(term: Term, text: string): number {
  if (text.includes(term.text) || term.alts.some((a) => text.includes(a))) return 1;
  const pieces = piecesFound(term, text);
  if (pieces >= 0.5) return 0.7 * pieces;
  const grams = bigramsOf(term.text);
  if (grams.length < 2) return 0;
  const found = grams.filter((g) => text.includes(g)).length / grams.length;
  return found >= 0.5 ? 0.5 * found : 0;
}
