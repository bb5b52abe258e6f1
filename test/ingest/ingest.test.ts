import { describe, expect, it } from 'vitest';
import { ingestDocument, type IngestedDocument } from '../../src/ingest/ingest';
import { classifyLines } from '../../src/ingest/lines';
import { MAX_PASSAGE, MIN_PASSAGE } from '../../src/ingest/passages';
import { holdsFigure } from '../../src/eval/figures';
import { norm, squash } from '../../src/text/normalize';
import { D000, D001, D002, D003, D004, DOC_IDS, questionSets, seedText } from '../helpers';

const docs = new Map<string, IngestedDocument>(DOC_IDS.map((id) => [id, ingestDocument(id, seedText(id))]));
const doc = (id: string): IngestedDocument => docs.get(id)!;
const sectionAt = (id: string, line: number): string =>
  doc(id).passages.find((p) => p.lineStart <= line && line <= p.lineEnd)?.section ?? '(none)';

describe.each(DOC_IDS)('passages of %s', (docId) => {
  const d = doc(docId);

  it('each passage\'s text lies within its cited lines, which start and end it', () => {
    for (const p of d.passages) {
      const cited = d.lines.slice(p.lineStart - 1, p.lineEnd);
      expect(squash(cited.join('')), p.id).toContain(squash(p.text));
      expect(squash(cited[0] ?? ''), p.id).toContain(squash(p.text).slice(0, 2));
      expect(squash(cited[cited.length - 1] ?? ''), p.id).toContain(squash(p.text).slice(-2));
    }
  });

  it('no passage crosses a top-level section', () => {
    const tops = classifyLines(seedText(docId))
      .filter((l) => l.kind === 'text' && (l.title || l.enumerator?.level === 1))
      .map((l) => l.n);
    for (const p of d.passages) for (const t of tops) expect(t > p.lineStart && t <= p.lineEnd, `${p.id} crosses line ${t}`).toBe(false);
  });

  it('passages are sized for the model', () => {
    const sizes = d.passages.map((p) => norm(p.text).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_PASSAGE + MIN_PASSAGE);
    expect(sizes.filter((s) => s >= 20).length / sizes.length).toBeGreaterThan(0.8);
  });

  it('every passage has a section path', () => {
    for (const p of d.passages) expect(p.section.length, p.id).toBeGreaterThan(0);
  });
});

describe('section paths', () => {
  it('follow the heading hierarchy of 000 and 003', () => {
    expect(sectionAt(D000, 490)).toBe('參拾壹、人事 > 九、因應超高齡社會，落實維護退撫人員權益 > （一）貫徹退撫制度，落實退休保障');
    expect(sectionAt(D000, 57)).toContain('（二）保障弱勢族群工作權，落實身障及原住民足額進用 > 1.超額進用身心障礙人員702人');
    expect(sectionAt(D000, 221)).toContain('3.AI科技X淨零雙軸轉型 > (3)整合局處資源，委託淨零學院辦理淨零碳排通識課程');
    expect(sectionAt(D003, 49)).toContain('(4)修正經濟發展局組織規程第3條、第6條、第12條暨編制表');
  });

  it('place 004\'s unnumbered headings under the right numbered ones', () => {
    expect(sectionAt(D004, 205)).toBe('壹、重要業務執行狀況 > 一、高雄新視野、交流新起點 > 以多元議題開展城市合作新契機 > 12.邀請姊妹市及友好夥伴城市訪高參與2023年高雄燈會');
    expect(sectionAt(D004, 241)).toContain('用高雄熱情打開國際友好新格局 > 1.本期本處辦理之重要訪賓接待及國際活動 > 立陶宛交通及通訊部政務次長愛格涅女士訪高');
    expect(sectionAt(D004, 592)).toBe('壹、重要業務執行狀況 > 二、建構友善公務環境 > 配合防疫政策，統籌關懷包採購');
    expect(sectionAt(D004, 783)).toBe('壹、重要業務執行狀況 > 四、職工合理管理、車輛集中調派 > 有限資源集中運用');
  });

  it('keep an item heading that states a count its body does not print as a sentence of the section above it too', () => {
    const heading = doc(D002).passages.find((p) => p.text.includes('溝通能力認證班」15期'));
    expect(heading?.section).toContain('六、與大專院校及訓練機構合作開辦系列認證班');
    expect(heading?.section).not.toContain('15期');
    // a count the body prints again (…超額進用702人), or a heading that only names a topic, stays a heading
    expect(doc(D000).passages.some((p) => p.text.includes('1.超額進用身心障礙人員702人'))).toBe(false);
    expect(doc(D000).passages.some((p) => p.text.includes('113年度公務人力培訓計畫') && !p.text.includes('。'))).toBe(false);
  });

  it('reconnect the bodies of 002 with the headings listed before them', () => {
    // first line of each body run → the heading it belongs to (read off the report by hand)
    const bodies: [number, string][] = [
      [52, '壹、'], [113, '貳、'], [114, '參、'], [115, '肆、'], [116, '伍、'], [119, '陸、'], [132, '柒、'], [134, '捌、'],
      [135, '玖、國際接軌，參與國際競賽，強化公務人力國際化 > 一、'], [140, '> 二、'], [141, '> 三、'], [169, '拾、'],
      [171, '拾壹、納入多元創新訓練技法，強化核心專業職能及政策執行力 > 一、'], [175, '> 二、'], [181, '> 三、'], [184, '> 四、'],
      [185, '> 五、'], [191, '> 六、'], [198, '> 七、'], [201, '> 八、'], [202, '> 九、'], [205, '拾貳、'], [216, '拾參、'],
      [223, '拾肆、'], [224, '拾伍、'], [234, '拾陸、'], [256, '拾柒、'], [257, '拾捌、'], [264, '拾玖、'], [267, '貳拾、'], [283, '貳拾壹、'],
    ];
    for (const p of doc(D002).passages) {
      const expected = [...bodies].reverse().find(([line]) => line <= p.lineStart);
      expect(p.section, `passage at line ${p.lineStart}`).toContain(expected?.[1]);
    }
  });
});

describe('corpus quirks', () => {
  it('index the paragraphs repeated at the end of 000 once', () => {
    const holding = doc(D000).passages.filter((p) => squash(p.text).includes('遴薦本府工務局新建工程處副總工程司黃麟達'));
    expect(holding).toHaveLength(1);
    expect(doc(D000).passages.every((p) => p.lineEnd < 535)).toBe(true);
  });

  it('keep running headers, page numbers and photo captions out of the passages', () => {
    for (const p of doc(D004).passages) {
      expect(p.text).not.toMatch(/照\s*片\s*\d+\s*：/);
      expect(p.text).not.toContain('市政府各單位業務報告（行政暨國際處）');
      expect(p.lineStart <= 449 && p.lineEnd >= 447).toBe(false);
    }
  });

  it('keep each budget row of 001 with its amount', () => {
    const rows = doc(D001).budget;
    const amount = (label: string) => rows.find((r) => r.path[r.path.length - 1]?.includes(label))?.amount;
    expect(amount('一、人事費')).toBe('105,838');
    expect(amount('二、第一預備金')).toBe('95');
    expect(amount('陸、住宅輔貸')).toBe('71,074');
    const top = rows.filter((r) => r.path.length === 1 && !r.path[0]?.startsWith('合'));
    const total = rows.find((r) => r.path[0]?.startsWith('合'));
    expect(top.reduce((s, r) => s + Number(r.amount.replace(/,/g, '')), 0)).toBe(Number(total?.amount.replace(/,/g, '')));
    for (const r of rows) {
      const p = doc(D001).passages.find((x) => x.lineStart <= r.labelLine && r.amountLine <= x.lineEnd);
      expect(p, r.path.join(' > ')).toBeDefined();
    }
  });

  it('never glue numbers from neighbouring table cells into one', () => {
    for (const d of docs.values()) for (const p of d.passages) expect(p.text, p.id).not.toMatch(/8,0152|9,672798/);
  });
});

describe('expected figures stand whole in one passage of their report', async () => {
  for (const set of await questionSets()) {
    it(`for the ${set.name} questions`, () => {
      for (const item of set.items) {
        for (const must of item.must) {
          const reports = item.docs.filter((id) => holdsFigure(doc(id).lines.join(''), must));
          expect(reports.length, `${item.id} ${String(must)}`).toBeGreaterThan(0);
          for (const id of reports) {
            expect(doc(id).passages.some((p) => holdsFigure(p.text, must)), `${item.id} ${String(must)} in ${id}`).toBe(true);
          }
        }
      }
    });
  }
});
