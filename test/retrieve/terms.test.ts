import { describe, expect, it } from 'vitest';
import { altsOf, extractTerms, numeralSpellings, termCoverage, termCoverageIn, type TermOptions } from '../../src/retrieve/terms';
import type { WordCutter } from '../../src/text/segment';

// The reports' text the terms are weighed against, and a cutter that cuts as jieba did on
// these questions: the words it knows, longest first, and every other character alone.
const REPORTS = '委託淨零學院辦理淨零相關班期，計11班。另辦其他相關課程。辦理班期。美國前國務卿龐培歐訪高，參加「全球台商經貿論壇」。龐培歐則回應。改制資訊處，強化資訊安全。';
/** a rarity like the index's: the fewer the places a text stands in, the higher */
const rarity = (t: string): number | null => {
  const n = REPORTS.split(t).length - 1;
  return n > 0 ? Math.log(10 / n) : null;
};
const VOCABULARY = ['龐培', '歐來', '高雄', '參加', '活動', '學淨', '班期', '相關', '學院', '資訊', '處長', '全部', '所有', '課程', '1999', '2023', '研習班', '燈會'];

const cutter: WordCutter = {
  cut(text: string): string[] {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      const word = VOCABULARY.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length)[0] ?? text[i]!;
      out.push(word);
      i += word.length;
    }
    return out;
  },
};

const options: TermOptions = {
  cutter,
  script: 'original',
  idf: rarity,
  used: (t) => REPORTS.includes(t),
  names: new Set(),
};
const terms = (q: string): string[] => extractTerms(q, options).map((t) => t.text);

describe('numbers that are names', () => {
  it('keeps a four-digit number the reports print only as a name (1999 of the hotline) as a term, and no other number', () => {
    const hotline = { ...options, numberIsName: (d: string) => d === '1999' };
    expect(extractTerms('1999研習班辦了幾期', hotline).map((t) => t.text)).toContain('1999');
    expect(extractTerms('2023燈會有多少人', hotline).map((t) => t.text)).not.toContain('2023');
    expect(terms('1999研習班辦了幾期')).not.toContain('1999');
  });
});

describe('words that only quantify', () => {
  it('does not count 全部 / 所有 as content: 占全部課程多少 asks of the courses (the reports write 總課程)', () => {
    expect(terms('淨零班期占全部課程多少')).not.toContain('全部');
    expect(terms('所有相關課程有幾門')).not.toContain('所有');
    expect(terms('淨零班期占全部課程多少')).toContain('課程');
  });
});

describe('terms of a question, where the cutter cut them badly', () => {
  it('joins a name’s one-character end back to it when the reports use the whole name', () => {
    // 資訊處 is cut 資訊 / 處: the agency, not 資訊 (資訊安全), is asked about
    expect(terms('資訊處的處長是誰')).toEqual(expect.arrayContaining(['資訊處', '處長']));
    expect(terms('資訊處的處長是誰')).not.toContain('資訊');
    // a name the reports never use stays as it was cut
    expect(terms('資訊局的局長是誰')).toContain('資訊');
  });

  it('marks a term beside the asking words wherever in the question it stands', () => {
    const near = (q: string, cues: string[]) => extractTerms(q, { ...options, askCues: cues }).filter((t) => t.nearCue).map((t) => t.text);
    // the first 班期 is far from 幾個人, the second beside it
    expect(near('相關班期總共有幾個班期幾個人', ['幾個人'])).toContain('班期');
    expect(near('相關班期總共有幾個人', ['幾個人'])).not.toContain('班期');
  });

  it('joins characters the cutter left alone when the reports use them together', () => {
    // 淨零的課 is cut 淨 / 零 / 的 / 課
    expect(terms('淨零的課有幾班')).toContain('淨零');
    // characters the reports never write together stay apart (and single characters are no terms)
    expect(terms('油錢要多少')).not.toContain('油錢');
  });

  it('gives a name back the character the cutter glued to the next word', () => {
    // 龐培 / 歐來 / 高雄: the reports write 龐培歐 and never 歐來
    const t = terms('龐培歐來高雄參加什麼活動');
    expect(t).toContain('龐培歐');
    expect(t).not.toContain('歐來');
    expect(t).not.toContain('龐培');
  });

  it('keeps the report’s period (這期, 本期) apart from the word after it, and no topic', () => {
    // 這 / 期 / 辦 / 理 would join into 期辦理 beside 辦理
    const t = terms('淨零相關班期這期辦理幾班');
    expect(t.filter((w) => /期(?!$)|^期/.test(w) && w !== '班期')).toEqual([]);
    expect(t).not.toContain('這期');
  });

  it('reads a verb glued to the start of a name as the name', () => {
    // 學淨 / 零: the reports write 淨零, never 學淨
    const t = terms('公務員學淨零的課有幾班');
    expect(t).toContain('淨零');
    expect(t.some((w) => w.startsWith('學'))).toBe(false);
  });

  it('keeps an agency’s contraction whole (not a verb before the end of another name, nor joined to the word after it), and a title’s end on it', () => {
    const agencies = '消防局辦理救災。成立毒品防制局，編制員額35人。遴薦總工程司王君。';
    const names = ['消防局', '毒品防制局'];
    const words = ['毒防局', '成立', '消防局', '員額', '工程'];
    const agencyOptions: TermOptions = {
      cutter: { cut: (text) => text.split(new RegExp(`(${words.join('|')})`)).filter(Boolean) },
      script: 'original',
      idf: (t) => (agencies.includes(t) ? 1 : null),
      used: (t) => agencies.includes(t),
      // a name whose characters stand in order in the word
      expand: (t) => names.filter((n) => new RegExp([...t].join('.*')).test(n)),
      names: new Set(),
    };
    const read = extractTerms('毒防局成立時有多少員額', agencyOptions).map((t) => t.text);
    expect(read).toEqual(expect.arrayContaining(['毒防局', '成立']));
    expect(read).not.toContain('防局');
    // a title's one-character end (工程 / 司) joins it back, as an agency's does
    expect(extractTerms('編制裡有幾個工程司', agencyOptions).map((t) => t.text)).toContain('工程司');
  });

  it('takes 一共用了幾次 as asking words (not 共用, a word of the reports), and 大家 as no topic', () => {
    const reports = 'WebITR差勤系統使用總次數。改置共用員額1人。';
    const words = ['大家', '共用', 'webitr', '差勤', '下半年'];
    const read = extractTerms('webitr下半年大家一共用了幾次', {
      cutter: { cut: (text) => text.split(new RegExp(`(${words.join('|')})`)).filter(Boolean) },
      script: 'original',
      idf: (t) => (reports.toLowerCase().includes(t) ? 1 : null),
      used: (t) => reports.toLowerCase().includes(t),
      names: new Set(),
    }).map((t) => t.text);
    expect(read).toContain('webitr');
    expect(read).not.toContain('共用');
    expect(read).not.toContain('大家');
    // the modal 可以 is cut out before segmenting: a cutter that would glue it to the verb after it (可 + 以檢) never sees it
    const glued = { cut: (text: string) => text.split(/(健檢|可|以檢|一次)/).filter(Boolean) };
    expect(extractTerms('健檢可以檢一次', { cutter: glued, script: 'original', idf: () => 1, used: () => true, names: new Set() }).map((t) => t.text)).toEqual(['健檢']);
    // …and asked as a choice (可不可以) it goes whole: no 可不 is left behind
    const printed = (t: string): boolean => ['退休人員', '申請', '急難貸款'].includes(t);
    const choice = { cut: (text: string) => text.split(/(退休人員|急難貸款|可不|可|以|申請)/).filter(Boolean) };
    expect(extractTerms('退休人員可不可以申請急難貸款', { cutter: choice, script: 'original', idf: (t) => (printed(t) ? 1 : null), used: printed, names: new Set() }).map((t) => t.text)).toEqual(['退休人員', '申請', '急難貸款']);
    // how often (巡一次): 一次 asks with 多久, it is no topic
    expect(extractTerms('登革熱多久巡一次', { cutter: { cut: (text) => text.split(/(登革熱|一次)/).filter(Boolean) }, script: 'original', idf: () => 1, used: () => true, names: new Set() }).map((t) => t.text)).not.toContain('一次');
  });

  it('reads a name in two scripts as two names, each found where the reports print them apart', () => {
    const opts: TermOptions = { cutter: { cut: (text) => [text] }, script: 'original', idf: () => 1, used: () => true, names: new Set() };
    const [term] = extractTerms('atd年會成果分享會', opts);
    expect(term!.pieces).toEqual(['atd', '年會成果分享會']);
    expect(termCoverage(term!, '參與美國人才發展協會(atd)年會成果分享會')).toBeGreaterThan(0.6);
  });

  it('reads where a part is asked of (裡面, 當中) and the magnitude of a rough figure the asker states (9千多) as no topic', () => {
    const words = ['行政管理', '9', '千多', '裡面', '當中', '人發中心', '占', '多少'];
    const known = (t: string): boolean => words.includes(t);
    const opts: TermOptions = { cutter: { cut: (text) => text.split(new RegExp(`(${words.join('|')})`)).filter(Boolean) }, script: 'original', idf: (t) => (known(t) ? 1 : null), used: known, names: new Set() };
    const read = extractTerms('行政管理9千多裡面人發中心占多少', opts).map((t) => t.text);
    expect(read).toEqual(expect.arrayContaining(['行政管理', '人發中心']));
    expect(read).not.toContain('千多');
    expect(read).not.toContain('裡面');
    expect(extractTerms('人發中心當中的行政管理', opts).map((t) => t.text)).not.toContain('當中');
  });

  it('gives a term the coverage of each text it is asked of, asked once or again', () => {
    const opts: TermOptions = { cutter: { cut: (text) => [text] }, script: 'original', idf: () => 1, used: () => true, names: new Set() };
    const [term] = extractTerms('特約店家', opts);
    const texts = ['特約店家計561家', '續約優惠店家計499家', '新增特約商店', '辦理單身聯誼'];
    for (let round = 0; round < 2; round++) {
      for (const text of texts) expect(termCoverage(term!, text)).toBe(termCoverageIn(term!, [{ text, weight: 1 }]));
    }
    expect(new Set(texts.map((t) => termCoverage(term!, t))).size).toBeGreaterThan(2);
  });

  it('joins words the reports write only as one name, and leaves the others as the cutter cut them', () => {
    // 淨零 and 學院 stand only as 淨零學院 here
    expect(terms('淨零學院有幾班')).toContain('淨零學院');
    expect(terms('淨零相關班期有幾班')).toEqual(expect.arrayContaining(['淨零', '相關', '班期']));
  });
});

describe('other words for the same thing', () => {
  it('reads passing a test in everyday words as the reports write it (考到照 → 取得證照, 考過 → 通過)', () => {
    expect(altsOf('考到')).toEqual(expect.arrayContaining(['取得', '通過']));
    expect(altsOf('考過')).toEqual(expect.arrayContaining(['取得', '通過']));
  });

  it("reads the reports' two words for teachers as one (教職員 in 113, 教育人員 in 104)", () => {
    expect(altsOf('教職員')).toEqual(expect.arrayContaining(['教育人員']));
    expect(altsOf('教師')).toEqual(expect.arrayContaining(['教職員', '教育人員']));
  });

  it("reads the city as the reports call themselves (高雄: 本市, 本府)", () => {
    expect(altsOf('高雄')).toEqual(expect.arrayContaining(['本市', '本府']));
    expect(altsOf('高雄市')).toEqual(expect.arrayContaining(['本市']));
  });

  it('reads a storm as the reports name it (風災: 颶風, 颱風), a lighting-up as what was lit (點燈: 點亮), a contract as 委由', () => {
    expect(altsOf('風災')).toEqual(expect.arrayContaining(['颶風', '颱風']));
    expect(altsOf('點燈')).toContain('點亮');
    // who led a delegation: 帶隊 is printed as 率 (副市長率本處…出訪) or 率領
    expect(altsOf('帶隊')).toEqual(expect.arrayContaining(['率', '率領', '率團']));
    // the reports write a contract as 委由 (委由…醫學中心承接)
    expect(altsOf('委託')).toContain('委由');
  });

  it('reads a contest as the reports print it (比賽: 競賽) and a body set up as formed (成立: 籌組)', () => {
    expect(altsOf('比賽')).toContain('競賽');
    expect(altsOf('成立')).toContain('籌組');
  });

  it('reads what newly joins (加入, 新加入) as what the reports count as added (新增店家)', () => {
    expect(altsOf('加入')).toContain('新增');
    expect(altsOf('新加入')).toContain('新增');
  });
});

describe('a term with a number inside', () => {
  it('is matched in the other spelling too: the reports print both', () => {
    expect(numeralSpellings('九等主管班')).toEqual(['9等主管班']);
    expect(numeralSpellings('8等主管')).toEqual(['八等主管']);
    expect(numeralSpellings('12個姊妹市')).toEqual(['十二個姊妹市']);
    expect(numeralSpellings('主管班')).toEqual([]);
  });
});
