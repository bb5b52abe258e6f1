// WCAG 2.1 A/AA in a real Chromium: axe-core (Deque's rules) run in the page for every state —
// first visit, the report browser, an answer, the source open, a comparison, 「報告中沒有」, the error state — at
// 1280 px and 375 px, with zero violations; and the keyboard-only path: ask, reach a citation,
// open it, scroll the report, Esc, back where one was.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../server/serve';
import { launchChromium } from '../setup/browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe's WCAG 2.1 A/AA violations in the page as it is now (the CSP is bypassed only to inject axe). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (tags) => {
    const axe = (globalThis as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, WCAG);
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** The chat in a fresh context (bypassCSP only where axe is injected). */
async function openChat(width = 1280, bypassCSP = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 860 }, bypassCSP, locale: 'zh-TW' });
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator('.answer').count();
  await page.fill('#question', question);
  await page.press('#question', 'Enter');
  await page.locator('.answer').nth(before).locator('.tools:not([hidden]), .status:has-text("報告中沒有"), .retry').first().waitFor();
}

describe.each([1280, 375])('axe-core at %i px', (width) => {
  it('finds no WCAG 2.1 A/AA violation in any state', async () => {
    const page = await openChat(width, true);
    const report: Record<string, string[]> = {};
    report['first visit'] = await violations(page);
    await page.click('#browse');
    await page.locator('#browser .report-entry').nth(4).locator('.heading').first().waitFor();
    report['the report browser'] = await violations(page);
    await page.keyboard.press('Escape');
    await ask(page, '113年下半年辦理退休的有多少人？');
    report['an answer'] = await violations(page);
    await page.locator('.answer .chip').first().click();
    await page.locator('.line.hit').first().waitFor();
    report['the source open'] = await violations(page);
    await page.keyboard.press('Escape');
    await ask(page, '身心障礙人員進用比例在104年、106年和113年各是多少？');
    report['a comparison'] = await violations(page);
    await ask(page, '臺北市政府113年身心障礙人員進用比例是多少？');
    report['報告中沒有'] = await violations(page);
    await page.route('**/api/ask/stream', (route) => route.abort());
    await ask(page, '113年下半年辦理退休的有多少人？');
    await page.locator('.answer.error').first().waitFor();
    report['the error state'] = await violations(page);
    await page.context().close();
    expect(report).toEqual({ 'first visit': [], 'the report browser': [], 'an answer': [], 'the source open': [], 'a comparison': [], '報告中沒有': [], 'the error state': [] });
  });
});

describe('text at 200 %', () => {
  it('loses nothing: no sideways scrolling, the question box and the answer stay on screen', async () => {
    const page = await openChat();
    // the browser's text-size setting: the root font size doubled
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '34px', 'important'));
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('34px');
    await ask(page, '113年下半年辦理退休的有多少人？');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#question').isVisible()).toBe(true);
    await page.locator('.answer .text').last().scrollIntoViewIfNeeded();
    expect(await page.locator('.answer .text').last().textContent()).toContain('776人');
    await page.context().close();
  });
});

describe('a screen reader', () => {
  it('hears a streamed answer once, when it is complete', async () => {
    const page = await openChat();
    // every change to a live region is counted
    await page.evaluate(() => {
      const w = window as unknown as { liveChanges: number };
      w.liveChanges = 0;
      new MutationObserver(() => w.liveChanges++).observe(document.querySelector('#announce')!, { childList: true, characterData: true, subtree: true });
    });
    expect(await page.locator('[aria-live]').count()).toBe(1);
    await ask(page, '113年下半年辦理退休的有多少人？');
    await page.waitForFunction(() => (document.querySelector('#announce')?.textContent ?? '').includes('776人'));
    const text = await page.locator('#announce').textContent();
    expect(text).toContain('1 個出處');
    // set once (cleared first when it held an earlier answer), however many pieces streamed in
    const changes = await page.evaluate(() => (window as unknown as { liveChanges: number }).liveChanges);
    expect(changes).toBeGreaterThanOrEqual(1);
    expect(changes).toBeLessThanOrEqual(2);
    expect(await page.locator('.answer .text p').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('the keyboard alone', () => {
  it('asks, reaches a citation, opens it, scrolls the report, and comes back with Esc', async () => {
    const page = await openChat();
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
    expect(await focused()).toBe('question');
    await page.keyboard.type('113年下半年辦理退休的有多少人？');
    await page.keyboard.press('Enter');
    await page.locator('.answer .tools:not([hidden])').first().waitFor();
    // Tab forward until a citation has the focus
    let onChip = false;
    for (let i = 0; i < 40 && !onChip; i++) {
      await page.keyboard.press('Tab');
      onChip = await page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false);
    }
    expect(onChip).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.line.hit').first().waitFor();
    expect(await focused()).toContain('source-lines');
    const top = await page.locator('#source-lines').evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((t) => (document.querySelector('#source-lines')?.scrollTop ?? 0) > t, top);
    await page.keyboard.press('Escape');
    await page.locator('#source').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false)).toBe(true);
    await page.context().close();
  });
});
