// What to say when the reports do not hold the answer: plainly that they do not, and why
// when it is clear — a year no report covers, a city other than Kaohsiung. Runtime-neutral.
import { periodYears } from '../corpus/reports';
import type { Query } from '../retrieve/understand';
import type { DocumentRecord } from '../corpus/documents';
import { rocToAd } from '../text/years';

export function notFoundLead(q: Query, documents: DocumentRecord[]): string {
  const covered = new Set(documents.flatMap((d) => periodYears(d.period)));
  const uncovered = q.years.filter((y) => !covered.has(y));
  const otherCity = q.terms.find((t) => t.required && /(?:市|縣)(?:政府)?$/.test(t.text) && !/高雄/.test(t.text));
  const topic = q.label;
  if (otherCity) return `報告中沒有「${topic}」的資料：這些報告只涵蓋高雄市政府的業務，沒有提到${otherCity.text}。`;
  if (uncovered.length > 0) {
    const spans = [...new Set(documents.map((d) => d.period.label))].join('、');
    const years = uncovered.map((y) => `${y}年（${rocToAd(y)}年）`).join('、');
    return `報告中沒有「${topic}」的資料：報告涵蓋的期間是${spans}，沒有${years}的資料。`;
  }
  return `報告中沒有「${topic}」的資料。`;
}
