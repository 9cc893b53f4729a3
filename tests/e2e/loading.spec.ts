import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

describe('the page on the wire', () => {
  it('comes as Brotli to a browser that offers it, gzip to one that does not, the same page either way', async () => {
    const plain = await send(article, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.toString('utf8')).toContain('<h1');
    const brotli = await send(article, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
    const gzip = await send(article, { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const { headers } of [brotli, gzip]) expect(String(headers.vary)).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.bytes).equals(plain.bytes)).toBe(true);
    expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);
    // Brotli's window spans the page, so the stylesheet's three copies cost about one.
    expect(brotli.bytes.length).toBeLessThan(gzip.bytes.length * 0.75);
  });

  it('sends the scripts as Brotli too', async () => {
    const html = (await send(article)).body;
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const answer = await send(script!, { headers: { 'Accept-Encoding': 'br' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.bytes).length).toBeGreaterThan(answer.bytes.length);
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
