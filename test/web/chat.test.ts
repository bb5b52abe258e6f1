// The chat page end to end in a real Chromium (Debian package, driven by playwright-core):
// ask, see the figure, open its source at the quoted lines, a follow-up, a not-found answer,
// a 375 px phone. Screenshots go to test-output/screenshots.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { startServer, type TestServer } from '../server/serve';
import { launchChromium } from '../setup/browser';

const SHOTS = join(ROOT, 'test-output/screenshots');
let server: TestServer;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-TW' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(server.url);
  return page;
}

const visible = (l: Locator): Promise<void> => l.first().waitFor({ state: 'visible' });
const hidden = (l: Locator): Promise<void> => l.first().waitFor({ state: 'hidden' });

/** The element's box lies within the window and within its scrolling list. */
async function inViewport(l: Locator): Promise<boolean> {
  return l.first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = (el.closest('.source-lines') ?? document.documentElement).getBoundingClientRect();
    return r.top >= Math.max(0, box.top) - 1 && r.bottom <= Math.min(window.innerHeight, box.bottom) + 1;
  });
}

async function askOnPage(page: Page, question: string): Promise<void> {
  const before = await page.locator('.answer').count();
  await page.fill('#question', question);
  await page.press('#question', 'Enter');
  await page.locator('.answer').nth(before).locator('.tools:not([hidden]), .status:has-text("報告中沒有")').first().waitFor();
}

describe('chat page', () => {
  it('shows a comparison as a table and a chart, each point opening its cited lines', async () => {
    const page = await open(1280, 860);
    await askOnPage(page, '身心障礙人員進用比例在104年、106年和113年各是多少？');
    const answer = page.locator('.answer').last();
    await visible(answer.locator('.series-table'));
    const rows = await answer.locator('.series-table tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(rows).toEqual([['104年', '166%', '[1]'], ['106年', '167%', '[2]'], ['113年', '156%', '[3]']]);
    expect(await answer.locator('.series-chart .series-bar').count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, '0-series.png') });
    await answer.locator('.series-chart a').nth(1).click();
    await visible(page.locator('.line.hit'));
    const hit = await page.locator('.line.hit').allTextContents();
    expect(hit.join('').replace(/\s+/g, '')).toContain('167%');
    expect(await page.locator('#source-title').textContent()).toContain('106年7月至12月');
    await page.close();
  });

  it('browses the five reports and their headings; a heading opens the report at its lines', async () => {
    const page = await open(1280, 860);
    await page.click('#browse');
    await visible(page.locator('#browser .report-entry').nth(4));
    expect(await page.locator('#browser .report-entry h3').count()).toBe(5);
    expect(await page.locator('#browser .report-meta').first().textContent()).toMatch(/期間 104年.*（2015-01/);
    const heading = page.locator('#browser .heading', { hasText: '因應超高齡社會，落實維護退撫人員權益' });
    await heading.click();
    await visible(page.locator('.line.hit'));
    const hit = Number(await page.locator('.line.hit').first().getAttribute('data-line'));
    expect(await page.locator(`.line[data-line="${hit}"] .lt`).textContent()).toContain('因應超高齡社會');
    await page.screenshot({ path: join(SHOTS, '0-report-browser.png') });
    await page.close();
  });

  it('downloads the conversation as Markdown and as plain text, every quote verbatim with its citation', async () => {
    const page = await open(1280, 860);
    await askOnPage(page, '113年下半年辦理退休的有多少人？');
    await askOnPage(page, '防疫關懷包本期共發放了多少份？');
    const answers = (await Promise.all(
      ['113年下半年辦理退休的有多少人？', '防疫關懷包本期共發放了多少份？'].map(async (question) => (await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) })).json()),
    )) as { citations: { quote: string; lineStart: number; lineEnd: number; title: string }[] }[];
    for (const [button, suffix] of [['#download-md', '.md'], ['#download-txt', '.txt']] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^對話紀錄-\\d{4}-\\d{2}-\\d{2}\\${suffix}$`));
      const text = (await readFile((await file.path())!, 'utf8'));
      expect(text).toContain('113年下半年辦理退休的有多少人？');
      for (const c of answers.flatMap((a) => a.citations)) {
        expect(text).toContain(c.quote);
        expect(text).toContain(`${c.title}（期間 `);
        expect(text).toContain(c.lineStart === c.lineEnd ? `第${c.lineStart}行` : `第${c.lineStart}–${c.lineEnd}行`);
      }
      if (suffix === '.md') expect(text).toMatch(/^# 高雄市政府報告問答：對話紀錄/);
    }
    await page.close();
  });

  it('opens a shared citation link (the url the API and the bots give) at its lines, highlighted', async () => {
    const page = await open(1280, 860);
    const body = (await (await fetch(`${server.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '113年下半年辦理退休的有多少人？' }) })).json()) as { citations: { url: string }[] };
    const url = body.citations[0]!.url;
    expect(url).toBe(`${server.url}/#doc=000_76e9100df38fd9b6&lines=490-494`);
    await page.goto(url);
    await visible(page.locator('.line.hit'));
    expect(await page.locator('#source-title').textContent()).toContain('113年7月至12月');
    const hits = await page.locator('.line.hit').evaluateAll((lines) => lines.map((l) => Number((l as HTMLElement).dataset['line'])));
    expect(hits).toEqual([490, 491, 492, 493, 494]);
    expect(await inViewport(page.locator('.line.hit').first())).toBe(true);
    await page.screenshot({ path: join(SHOTS, '0-shared-link.png') });
    await page.close();
  });

  it('answers a question with the figure highlighted and a citation that opens the quoted lines', async () => {
    const page = await open(1280, 860);
    expect(await page.locator('h1').textContent()).toBe('高雄市政府報告問答');
    expect(await page.locator('.example').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(SHOTS, '1-first-visit.png') });

    await askOnPage(page, '113年下半年辦理退休的有多少人？');
    const answer = page.locator('.answer').last();
    await visible(answer.locator('mark.figure', { hasText: '776人' }));
    await page.screenshot({ path: join(SHOTS, '2-answer.png') });

    await answer.locator('.chip').first().click();
    const panel = page.locator('#source');
    await visible(page.locator('.line.hit'));
    expect(await page.locator('#source-title').textContent()).toContain('113年7月至12月');
    const hits = await page.locator('.line.hit').evaluateAll((lines) => lines.map((l) => Number((l as HTMLElement).dataset['line'])));
    expect(hits[0]).toBeLessThanOrEqual(490);
    expect(hits).toContain(490);
    expect(await inViewport(page.locator('.line.hit', { hasText: '776人辦理退休' }))).toBe(true);
    await page.screenshot({ path: join(SHOTS, '3-source-highlighted.png') });

    await page.keyboard.press('Escape');
    await hidden(panel);

    // a follow-up keeps the topic
    await askOnPage(page, '那106年下半年呢？');
    await visible(page.locator('.answer').last().locator('mark.figure', { hasText: '647人' }));

    // copy an answer with its citations
    await page.locator('.answer').last().locator('.copy').click();
    await visible(page.locator('.answer').last().locator('.copy', { hasText: '已複製' }));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('647人');
    expect(copied).toContain('出處');

    // what the reports do not hold
    await askOnPage(page, '臺北市政府113年身心障礙人員進用比例是多少？');
    const notFound = page.locator('.answer').last();
    expect(await notFound.getAttribute('class')).toContain('not-found');
    expect(await notFound.locator('.status').textContent()).toBe('報告中沒有這項資料');
    await notFound.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '4-not-found.png') });
  });

  it('keeps Shift+Enter for a new line and sends with Enter only', async () => {
    const page = await open(1024, 768);
    await page.fill('#question', '第一行');
    await page.press('#question', 'Shift+Enter');
    await page.keyboard.type('第二行');
    expect(await page.inputValue('#question')).toBe('第一行\n第二行');
    expect(await page.locator('.msg.user').count()).toBe(0);
  });

  it('works on a 375 px wide phone', async () => {
    const page = await open(375, 740);
    await page.locator('.example').first().click();
    await page.locator('.answer .tools:not([hidden])').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, '5-phone-answer.png') });
    await page.locator('.answer .chip').first().click();
    await visible(page.locator('.line.hit'));
    expect(await inViewport(page.locator('.line.hit'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, '6-phone-source.png') });
    await page.locator('#source-close').click();
    await hidden(page.locator('#source'));
  });

  it('raised no script error and no content-security-policy violation', () => {
    expect(problems).toEqual([]);
  });

  it('says so plainly, with a retry, when the service cannot be reached', async () => {
    const own = await startServer();
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(own.url);
    await own.close();
    await page.fill('#question', '113年下半年辦理退休的有多少人？');
    await page.press('#question', 'Enter');
    const failed = page.locator('.answer.error');
    await visible(failed);
    expect(await failed.locator('.status').textContent()).toContain('無法連線到服務');
    await visible(failed.locator('.retry'));
    await page.screenshot({ path: join(SHOTS, '7-error.png') });
    await context.close();
  });
});
