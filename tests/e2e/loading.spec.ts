import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, cspViolations, openerForThisFile, SEED } from './browser';
import { send } from './raw-request';

const open = openerForThisFile();
const article = `/id/articles/${SEED}`;

describe('the first paint', () => {
  it.each(['/en', article, '/en/glossary'])(
    'needs no stylesheet request on %s: the styles are in the page',
    async (path) => {
      const { body } = await send(path);
      expect(body).toMatch(/<style[^>]*>[\s\S]{1000,}?<\/style>/);
      expect(body).not.toMatch(/<link[^>]+rel="stylesheet"/);
    },
  );

  it('is styled under the CSP: the inline stylesheet is allowed by its hash, nothing else', async () => {
    const page = await open(article);
    const heading = await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(heading).toMatch(/serif/i);
    expect(await cspViolations(page)).toEqual([]);
    const { headers } = await send(article);
    const styleSrc = String(headers['content-security-policy'])
      .split('; ')
      .find((directive) => directive.startsWith('style-src '));
    expect(styleSrc).toMatch(/^style-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    await page.context().close();
  });
});

describe('a name tapped before the scripts have run', () => {
  it('keeps the reader on the article and opens its card once the scripts are ready', async () => {
    const page = await open('/id', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const held: Route[] = [];
    let holding = true;
    await page.route('**/_next/static/**/*.js', (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(article, { waitUntil: 'domcontentloaded' });
    const name = page.locator('[data-term="vladimir-putin"]').first();
    await name.tap();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(article);
    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await page.locator('#term-card:not([hidden])').waitFor({ timeout: 15_000 });
    expect(await page.locator('#term-card').textContent()).toContain('Putin');
    expect(new URL(page.url()).pathname).toBe(article);
    expect(new URL(page.url(), baseURL()).origin).toBe(new URL(baseURL()).origin);
    await page.context().close();
  });
});
