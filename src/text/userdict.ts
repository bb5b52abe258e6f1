// The reports' own terms, added to the word cutter so that names stay whole
// (港都e學苑, 公務人力發展中心, 身心障礙 …): every 「quoted」 name in the reports, the names in
// their headings that end like an agency or a programme, and a short curated list.
import { norm } from './normalize';
import { inScript, type Script } from './script';

/** Frequency given to a user word in either runtime's jieba: that of a common word in jieba's dictionary. */
export const USER_WORD_FREQUENCY = 10_000;

/** The user words as the cutter takes them: in the index's script, two characters or more, no spaces. */
export function cutterWords(userWords: Iterable<string>, script: Script): string[] {
  return [...new Set([...userWords].map((w) => inScript(norm(w), script)).filter((w) => w.length >= 2 && !/\s/.test(w)))].sort();
}

/** General vocabulary of the reports' domain (agencies, systems, personnel terms). */
export const CURATED_TERMS = [
  '人事處', '人事室', '人事人員', '公務人力發展中心', '人發中心', '行政暨國際處', '研究發展考核委員會',
  '人事行政總處', '地方行政研習中心', '考選部', '銓敘部', '考試院', '行政院',
  '港都e學苑', 'e等公務園', 'WebITR', 'WebHR', 'iKPD', 'eCPA', 'KPSN2', 'EAP', 'CEDAW',
  '身心障礙', '身心障礙者', '原住民', '進用比例', '進用比率', '超額進用', '應進用', '已進用', '定額進用',
  '外補', '陞任', '晉陞', '陞遷', '編制員額', '人事費', '預備金', '員額精簡', '精簡率', '工級人員', '臨時人員', '業務助理',
  '公務人員', '教職員', '教育人員', '公教人員', '約聘僱', '一級主管', '一級機關', '簡任', '薦任', '委任',
  '考績', '甲等', '獎懲', '模範公務人員', '傑出貢獻獎', '服務獎章', '功績獎章', '金馨獎',
  '退休', '退撫', '撫卹', '資遣', '月退休金', '三節慰問金', '年節特別照護金', '年節照護金', '退撫基金',
  '員工協助方案', '關懷員', '個別諮商', '團體諮商', '心理諮商', '張老師',
  '單身聯誼', '未婚聯誼', '員工社團', '特約商店', '特約店家', '繁星好康', '健康檢查', '急難救助', '救助貸款',
  '性別主流化', '性別平等', '性騷擾防治', '居家辦公', '英語檢定', '英檢', '多益', '學習列車', '數位學習',
  '數位課程', '完訓率', '覆蓋率', '參訓', '完訓', '人次', '場次', '班期', '國家考試', '南部考區', '試務',
  '消費者服務中心', '消費爭議', '防疫關懷包', '姊妹市', '友好城市', '市政會議', '公務車',
];

const ENTITY_SUFFIX = /(局|處|中心|委員會|學苑|平台|平臺|系統|專區|方案|計畫|獎|班|營|館|隊)$/;
// a name may keep "+" (e等公務園+); every other symbol separates
const SPLIT = /[^\p{L}\p{N}+]+/u;
const MAX_TERM = 16;

function phrases(text: string): string[] {
  return norm(text)
    .split(SPLIT)
    .map((p) => p.replace(/^[\d.]+/, ''))
    .filter((p) => p.length >= 2 && p.length <= MAX_TERM);
}

/** User words for the cutter, from the reports' texts and their section headings. */
export function corpusTerms(texts: string[], headings: string[]): string[] {
  const terms = new Set<string>(CURATED_TERMS.map(norm));
  for (const text of texts) {
    // the PDF's line breaks fall inside names too: join the lines first
    const joined = text.replace(/[ \t]*\n\s*/g, '');
    for (const m of joined.matchAll(/[「『]([^」』]{2,40})[」』]/g)) for (const p of phrases(m[1] ?? '')) terms.add(p);
  }
  for (const h of headings) {
    const label = h.replace(/^[-\s]*[（(]?[壹貳參肆伍陸柒捌玖拾一二三四五六七八九十\d]+[)）、.．]?/, '');
    for (const p of phrases(label)) if (ENTITY_SUFFIX.test(p)) terms.add(p);
  }
  return [...terms].sort();
}
