import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM } from './server';

export const SEED = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
export const baseURL = () => inject('baseURL');

/** One Chromium per spec file; each test opens its own context so cookies and storage never leak between tests. */
export function openerForThisFile() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // Flags the workplace needs: root without a sandbox, and no calls home on a closed network.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => browser?.close());

  return async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    if (!browser) throw new Error('browser not started');
    const context = await browser.newContext({
      baseURL: baseURL(),
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    // Every CSP violation the page reports, from the DOM event (set up before any page script runs).
    await context.addInitScript(() => {
      const seen: string[] = ((window as Window & { __cspViolations?: string[] }).__cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
      if (message.type() === 'warning') warnings.push(message.text());
    });
    Object.assign(page, { errors, warnings });
    await page.goto(path);
    return page;
  };
}

export const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;
/** What Chromium warned about in the console since the page opened (a header it could not parse…). */
export const pageWarnings = (page: Page) => (page as Page & { warnings: string[] }).warnings;

/** CSP violations so far: the page's `securitypolicyviolation` events and Chromium's console reports. */
export async function cspViolations(page: Page): Promise<string[]> {
  const events = await page.evaluate(
    () => (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [],
  );
  return [...events, ...pageErrors(page).filter((error) => /Content Security Policy/i.test(error))];
}

/** WCAG 2.2 AA through axe-core: the page must have no violation at all. */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
