/**
 * End to end in a real browser: the report of the user's example article, opened in headless Chromium
 * (Debian's `chromium` package, driven by playwright-core; no browser download). Clicking a deal fact
 * must highlight its evidence and bring it into view; hovering a highlight must show its value and rule.
 * Screenshots go to test-output/viewer/. Skips, saying why, where /usr/bin/chromium is absent
 * (.ci/run installs it when it can). DEALSIFT_DOCS_SCREENSHOT=1 also rewrites docs/viewer.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readInputs } from '../../src/io/inputs.js';
import { safeExtract } from '../../src/pipeline.js';
import type { DealRecord } from '../../src/schema/index.js';
import { renderReport } from '../../src/view/report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.DEALSIFT_CHROMIUM ?? '/usr/bin/chromium';
const ARTICLE = 'corpus/openai-microsoft-partnership.txt';
const outDir = path.join(root, 'test-output', 'viewer');
const hasChromium = existsSync(CHROMIUM);

/** The flags that work on these machines (root, closed network): see .ci/run. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

if (!hasChromium) {
  console.warn(`[browser test] skipped: no Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium, as .ci/run does) or set DEALSIFT_CHROMIUM.`);
}

describe.skipIf(!hasChromium)(`the viewer in headless Chromium (${CHROMIUM})`, () => {
  let browser: BrowserContext;
  let page: Page;
  let record: DealRecord;
  const requests: string[] = [];
  const problems: string[] = [];
  let profile: string;

  beforeAll(async () => {
    let item;
    for await (const i of readInputs([ARTICLE], { cwd: root })) item = i;
    const res = safeExtract(item!.doc!);
    if (!res.success) throw res.error;
    record = res.data;
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, 'report.html');
    writeFileSync(file, renderReport([record]));

    const { chromium } = await import('playwright-core');
    // A fresh, empty profile (--user-data-dir) for every run, removed afterwards.
    profile = mkdtempSync(path.join(tmpdir(), 'dealsift-chromium-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(file).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads with no network request, no script error and no CSP violation', async () => {
    expect(await page.locator('.article').count()).toBe(1);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('clicking a deal term scrolls its evidence into view and highlights it', async () => {
    const term = record.deal!.terms.find((t) => t.kind === 'valuation')!;
    expect(term).toBeDefined();
    const button = page.locator('.card button.fact', { hasText: 'valuation' });
    const id = await button.getAttribute('data-fact');
    // Before the click the evidence is below the fold and not highlighted.
    const evidence = page.locator(`.text [data-ev~="${id}"]`);
    expect(await evidence.first().evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    expect(await page.locator('.ev.active').count()).toBe(0);

    await button.click();
    await page.waitForTimeout(150);
    const state = await evidence.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return { active: el.classList.contains('active'), text: el.textContent ?? '', top: r.top, bottom: r.bottom, outline: style.outlineStyle, vh: window.innerHeight };
      }),
    );
    expect(state.length).toBeGreaterThan(0);
    expect(state.every((s) => s.active && s.outline === 'solid')).toBe(true);
    expect(state.map((s) => s.text).join('')).toContain(term.text);
    expect(state[0].top).toBeGreaterThanOrEqual(0);
    expect(state[0].bottom).toBeLessThanOrEqual(state[0].vh);
    // Only this fact's evidence is highlighted, and the button shows which fact is current.
    expect(await page.locator('.ev.active').count()).toBe(state.length);
    expect(await button.evaluate((b) => b.classList.contains('current'))).toBe(true);
    await page.screenshot({ path: path.join(outDir, 'click-valuation.png') });
  });

  it('hovering a highlight shows its normalized value and rule', async () => {
    const pct = record.percentages[0];
    const mark = page.locator('.text mark.k-percent').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.textContent();
    expect(text).toContain(`percent: ${pct.value}%`);
    expect(text).toContain(`rule: ${pct.rule}`);
    await page.screenshot({ path: path.join(outDir, 'hover-percent.png') });
  });

  it('clicking a party flashes its evidence sentence', async () => {
    const party = record.deal!.parties[1];
    const button = page.locator('.card button.fact', { hasText: party.name }).first();
    await button.click();
    const id = await button.getAttribute('data-fact');
    const texts = await page.locator(`.text [data-ev~="${id}"]`).evaluateAll((els) => els.map((el) => (el.classList.contains('active') ? el.textContent : null)));
    expect(texts.join('')).toContain(party.evidence.text);
  });

  it('prints: one column, the card not sticky, the tooltip hidden', async () => {
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => ({
      card: getComputedStyle(document.querySelector('.card')!).position,
      article: getComputedStyle(document.querySelector('.article')!).display,
      tip: getComputedStyle(document.getElementById('tip')!).display,
    }));
    expect(layout).toEqual({ card: 'static', article: 'block', tip: 'none' });
    await page.emulateMedia({ media: 'screen' });
  });

  it.runIf(process.env.DEALSIFT_DOCS_SCREENSHOT === '1')('writes docs/viewer.png for the README', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.card button.fact', { hasText: 'cap' }).first().click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(1300); // let the flash settle
    const money = page.locator('.text mark.k-date').first();
    await money.hover();
    await page.screenshot({ path: path.join(root, 'docs', 'viewer.png') });
  });
});

if (!hasChromium) {
  it.skip(`browser test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`, () => {});
}
