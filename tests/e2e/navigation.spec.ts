import { describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, pageErrors, SEED, openerForThisFile } from './browser';

const open = openerForThisFile();

describe('the interface language', () => {
  it('switches from English to Indonesian on the same article with a plain link', async () => {
    const page = await open(`/en/articles/${SEED}`, { javaScriptEnabled: false });
    const link = page.locator('a[hreflang="id"]', { hasText: 'Bahasa Indonesia' });
    await link.click();
    await page.waitForURL(`**/id/articles/${SEED}`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('summary', { hasText: 'Tata letak' }).count()).toBe(1);
  });

  it('lists hreflang alternates for both languages in the head', async () => {
    const page = await open(`/id/articles/${SEED}`);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
      links.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href') ?? '').pathname}`),
    );
    expect(alternates).toEqual(
      expect.arrayContaining([
        `en /en/articles/${SEED}`,
        `id /id/articles/${SEED}`,
        `x-default /en/articles/${SEED}`,
      ]),
    );
  });

  it.each([
    ['en', 'Library', 'Indonesian original'],
    ['id', 'Pustaka', 'Naskah asli'],
  ])('shows the library in %s with both headlines and how long the article is', async (locale, heading) => {
    const page = await open(`/${locale}`);
    expect(await page.locator('h1').textContent()).toBe(heading);
    const card = page.locator('article').first();
    expect(await card.locator('[lang="id"]').first().textContent()).toContain('Putin: Kolaborasi Rusia');
    expect(await card.locator('[lang="en"]').first().textContent()).toContain('Putin: Russia–North Korea');
    expect(await card.textContent()).toMatch(
      locale === 'en' ? /\d+ words · about \d+ minutes? to read/ : /\d+ kata · sekitar \d+ menit membaca/,
    );
    expect(await page.title()).toContain(heading);
    await expectAccessible(page);
  });
});

describe('the redirect from /', () => {
  it.each([
    [{ 'accept-language': 'id-ID,id;q=0.9,en;q=0.5' }, '/id'],
    [{ 'accept-language': 'en-GB,en;q=0.9' }, '/en'],
    [{ 'accept-language': 'fr-FR' }, '/en'],
    [{ 'accept-language': 'en', cookie: 'NEXT_LOCALE=id' }, '/id'],
  ])('sends %o to %s', async (headers, target) => {
    const response = await fetch(`${baseURL()}/`, { headers, redirect: 'manual' });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
    expect(new URL(response.headers.get('location') ?? '', baseURL()).pathname).toBe(target);
  });
});

describe('pages that do not exist', () => {
  it.each([
    [`/en/articles/no-such-article`, 'en', 'Page not found'],
    [`/id/articles/no-such-article`, 'id', 'Halaman tidak ditemukan'],
    [`/id/articles/no-such-article?layout=stacked`, 'id', 'Halaman tidak ditemukan'],
    [`/en/articles/${SEED}/no-such-layout`, 'en', 'Page not found'],
    [`/id/no/such/page`, 'id', 'Halaman tidak ditemukan'],
    [`/en/glossary/extra`, 'en', 'Page not found'],
  ])('%s answers 404 with the localized page, readable without JavaScript', async (path, lang, heading) => {
    const response = await fetch(`${baseURL()}${path}`);
    expect(response.status).toBe(404);
    // No shared cache may keep it: the address may name a page after the next deploy.
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe(heading);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.title()).toBe(`${heading} · Sejajar`);
  });

  it('keeps the 404 page intact once its scripts run, and it meets WCAG 2.2 AA', async () => {
    const page = await open('/id/articles/no-such-article');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(pageErrors(page)).toEqual([]);
    await expectAccessible(page);
  });

  it('answers an unknown locale with 404 in the negotiated language, not a redirect', async () => {
    const response = await fetch(`${baseURL()}/fr/articles/${SEED}`, {
      headers: { 'accept-language': 'id' },
      redirect: 'manual',
    });
    expect(response.status).toBe(404);
    const page = await open(`/fr/articles/${SEED}`, { locale: 'id-ID', javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
  });
});
