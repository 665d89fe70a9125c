/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Opens the BUILT calculators page (site/web, from `npm run web:build`) in headless Chromium
// (playwright-core driving the system Chromium, /usr/bin/chromium or $CHROMIUM_PATH) and uses it
// as a finance user would: the seed's Calculation 1, an invalid exposure, a benefits calculator,
// the retention charts and a shared URL. Screenshots go to reports/web/.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const shots = 'reports/web';
let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let base = '';

beforeAll(async () => {
  if (!existsSync('site/web/index.html')) throw new Error('site/web is missing: run `npm run web:build` first');
  mkdirSync(shots, { recursive: true });
  server = await preview({ configFile: 'examples/web/vite.config.ts', preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const address = server.httpServer.address() as AddressInfo;
  base = `http://127.0.0.1:${address.port}/`;
  browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
});

async function open(hash: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}#${hash}`);
  await page.waitForSelector('#result table');
  expect(errors).toEqual([]);
  return page;
}

function fieldValue(page: Page, field: string): Promise<string | null> {
  return page.locator(`#result tr[data-field="${field}"] td`).first().textContent();
}

describe('the calculators page in Chromium', () => {
  it("computes the seed's Calculation 1 (PRM-1, seed 002): $954,000.00 and the worksheet", async () => {
    const page = await open('calc=reinsurancePremium');
    await page.fill('#f-input-exposure', '12000000');
    await page.fill('#f-input-year', '2022');
    await page.selectOption('#f-input-level', 'low');
    await page.selectOption('#f-input-memberType', 'insurer');
    await page.click('button[type=submit]');
    expect(await fieldValue(page, 'premium')).toBe('954000.00');
    expect(await fieldValue(page, 'total')).toBe('954000.00');
    const sheet = await page.locator('pre.worksheet').textContent();
    expect(sheet).toContain('PRM-1');
    expect(sheet).toContain('$954,000.00');
    await page.screenshot({ path: `${shots}/reinsurance-premium.png`, fullPage: true });
    await page.close();
  });

  it('shows an invalid exposure next to its field, in the library’s words', async () => {
    const page = await open('calc=reinsurancePremium');
    await page.fill('#f-input-exposure', '12,000,000');
    await page.click('button[type=submit]');
    const slot = page.locator('#e-f-input-exposure');
    await expect.poll(() => slot.textContent()).not.toBe('');
    expect(await page.getAttribute('#f-input-exposure', 'aria-invalid')).toBe('true');
    expect(await page.locator('#errors').textContent()).toContain('INVALID_INPUT');
    expect(await page.locator('#result table').count()).toBe(0);
    await page.screenshot({ path: `${shots}/invalid-exposure.png`, fullPage: true });
    await page.close();
  });

  it('runs a benefits calculator (ttdRate, BEN-1)', async () => {
    const page = await open('calc=ttdRate');
    await page.fill('#f-input-injuryDate', '2024-03-01');
    await page.fill('#f-input-weeklyWage', '900');
    await page.click('button[type=submit]');
    expect(await fieldValue(page, 'weeklyRate')).toBe('600.00');
    await page.screenshot({ path: `${shots}/ttd-rate.png`, fullPage: true });
    await page.close();
  });

  it('draws the retention charts as SVG (compareRetentionLevels)', async () => {
    const page = await open('calc=compareRetentionLevels');
    expect(await page.locator('figure.charts svg rect').count()).toBeGreaterThan(4);
    await page.screenshot({ path: `${shots}/retention-levels.png`, fullPage: true });
    await page.close();
  });

  it('draws the risk profile charts: bars and the exceedance curve of each level (retentionRiskProfile, RET-12)', async () => {
    const page = await open('calc=retentionRiskProfile');
    expect(await page.locator('figure.charts svg rect').count()).toBeGreaterThan(4);
    // One curve (an SVG path through the simulated VaR points) per level offered.
    expect(await page.locator('figure.charts svg path').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${shots}/retention-risk.png`, fullPage: true });
    await page.close();
  });

  it('a shared URL reproduces the same case, and the page fits a phone', async () => {
    const page = await open('calc=reinsurancePremium');
    await page.fill('#f-input-exposure', '13000000');
    await page.click('button[type=submit]');
    const shared = (await page.getAttribute('a.share', 'href')) ?? '';
    expect(shared).toContain('13000000');
    await page.close();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(shared);
    await phone.waitForSelector('#result table');
    expect(await fieldValue(phone, 'premium')).toBe('1033500.00');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${shots}/shared-url-phone.png`, fullPage: true });
    await phone.close();
  });

  it('every input is labelled and every calculator of the list opens without a page error', async () => {
    const page = await open('calc=reinsurancePremium');
    const names = await page.locator('nav a').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}#calc=${name}`);
      await page.waitForSelector('#calculator h2');
      expect(await page.locator('#calculator h2').textContent()).toBe(name);
      const unlabelled = await page.evaluate(
        () =>
          [...document.querySelectorAll('#calculator input, #calculator select, #calculator textarea')].filter(
            (c) => document.querySelector(`label[for="${c.id}"]`) === null,
          ).length,
      );
      expect(unlabelled, name).toBe(0);
      expect(errors, name).toEqual([]);
    }
    await page.close();
  });

  it('weighs under its ceiling (docs/performance.md): 120 KB gzip for the whole page', () => {
    const files = ['index.html', ...readdirSync('site/web/assets').map((f) => join('assets', f))];
    const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join('site/web', f)), { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(120_000);
  });
});
