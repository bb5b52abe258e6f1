import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { looksSimplified, standardVariant, toSimplified, toTraditional } from '../../src/text/script';
import { seedText, DOC_IDS } from '../helpers';

const fixtures = join(import.meta.dirname, '../fixtures');
const questions = readdirSync(fixtures)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split('\n').filter(Boolean))
  .map((line) => (JSON.parse(line) as { question: string }).question);
const reportLines = DOC_IDS.flatMap((id) => seedText(id).split('\n')).filter((l) => l.trim());

describe('script conversion over opencc-js\'s dictionaries', () => {
  // the conversions opencc-js's own converters make, held as tries (the reference)
  const opencc = { t2s: Converter({ from: 'tw', to: 'cn' }), s2t: Converter({ from: 'cn', to: 'tw' }), t2tw: Converter({ from: 't', to: 'tw' }) };
  // the length-keeping rule of script.ts, on opencc-js's output
  const sameLength = (convert: (s: string) => string, text: string): string => {
    const whole = convert(text);
    if (whole.length === text.length) return whole;
    return [...text].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join('');
  };

  it('converts the reports and every question file exactly as opencc-js does', () => {
    const texts = [...reportLines, ...questions];
    const simplified = texts.map((t) => sameLength(opencc.t2s, t));
    expect(texts.map(toSimplified)).toEqual(simplified);
    expect(simplified.map(toTraditional)).toEqual(simplified.map((t) => sameLength(opencc.s2t, t)));
    expect(questions.map(toTraditional)).toEqual(questions.map((t) => sameLength(opencc.s2t, t)));
  });

  it('takes phrases before characters, and keeps the length', () => {
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('发展')).toBe('發展');
    expect(toTraditional('里长')).toBe('里長');
    expect(toSimplified('發展')).toBe('发展');
  });

  it('cuts at the segmentation phrases first, so a phrase never reaches across them', () => {
    // without the cut, 章鉅 would be converted as a phrase of its own (章巨)
    expect(toSimplified('沈下梁章鉅')).toBe('沉下梁章钜');
    expect(toSimplified('沈下梁章鉅')).toBe(opencc.t2s('沈下梁章鉅'));
    expect(toTraditional('合吃茶小舖')).toBe(opencc.s2t('合吃茶小舖'));
  });

  it('tells Simplified from Traditional, and folds variants to the Taiwan standard', () => {
    expect(looksSimplified('高雄市政府办理了几场讲座')).toBe(true);
    expect(looksSimplified('高雄市政府辦理了幾場講座')).toBe(false);
    for (const ch of ['裏', '着', '衆', '台']) expect(standardVariant(ch)).toBe(opencc.t2tw(ch).length === 1 ? opencc.t2tw(ch) : ch);
  });
});
