import { describe, expect, it } from 'vitest';
import { baseURL, cspViolations, openerForThisFile, pageErrors, pageWarnings, SEED } from './browser';

const open = openerForThisFile();

const PAGES = [
  '/en',
  '/id',
  `/en/articles/${SEED}`,
  `/id/articles/${SEED}`,
  '/en/glossary',
  '/id/glossary',
  '/en/articles/no-such-article',
  '/fr/articles/x',
  '/no-such-file.txt',
];

/**
 * The policy as next.config.js sends it from the production server, directive by directive;
 * styles from 'self' and the build's own inline stylesheet by its hash (deploy/inline-styles.mjs).
 */
const EXPECTED_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "script-src-attr 'none'",
  expect.stringMatching(/^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/),
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

describe('security headers', () => {
  it.each(PAGES)('%s carries the CSP and the other security headers, and no X-Powered-By', async (path) => {
    const response = await fetch(`${baseURL()}${path}`, { redirect: 'manual' });
    const headers = response.headers;
    expect(headers.get('content-security-policy')?.split('; ')).toEqual(EXPECTED_CSP);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('permissions-policy')).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
    // The server under test is production: HSTS is sent (and ignored by browsers over plain HTTP).
    expect(headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(headers.get('x-powered-by')).toBeNull();
  });

  it('are all understood by Chromium: no warning about a header on the article', async () => {
    const page = await open(`/en/articles/${SEED}`);
    await page.waitForLoadState('load');
    expect(pageWarnings(page).filter((w) => /policy|header/i.test(w))).toEqual([]);
  });

  it('sends nosniff and the CSP with static assets too', async () => {
    const html = await (await fetch(`${baseURL()}/en`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseURL()}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("object-src 'none'");
  });
});

describe('the Content Security Policy in Chromium', () => {
  it.each(PAGES)('%s loads, hydrates and runs with no CSP violation', async (path) => {
    const page = await open(path);
    await page.waitForLoadState('networkidle');
    // Exercise the client islands: twin highlighting on hover, glossary tooltips on focus.
    const segment = page.locator('[data-segment]').nth(1);
    if ((await segment.count()) > 0) await segment.hover();
    const term = page.locator('a[data-term]').first();
    if ((await term.count()) > 0) await term.focus();
    expect(await cspViolations(page)).toEqual([]);
    expect(pageErrors(page).filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('is enforced: an injected inline handler and a foreign script are refused and reported', async () => {
    const page = await open('/en');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'document.title = "pwned"');
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const script = document.createElement('script');
      script.src = 'https://evil.example/x.js';
      document.body.append(script);
    });
    await expect
      .poll(() => cspViolations(page))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-attr/),
          expect.stringMatching(/^script-src-elem https:\/\/evil\.example/),
        ]),
      );
    expect(await page.title()).not.toBe('pwned');
  });

  it('shows markup in a URL as text, never as an element', async () => {
    let dialogs = 0;
    const page = await open(
      '/en/articles/%3Cimg%20src=x%20onerror=alert(1)%3E%3Cscript%3Ealert(2)%3C%2Fscript%3E',
    );
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.waitForLoadState('networkidle');
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll('img[src="x"]').length +
        [...document.scripts].filter((s) => s.text.trim() === 'alert(2)').length,
    );
    expect(injected).toBe(0);
    expect(dialogs).toBe(0);
  });
});
