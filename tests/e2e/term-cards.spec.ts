import { describe, expect, it } from 'vitest';
import { baseURL, SEED } from './browser';

const cardsOf = (path: string) => fetch(`${baseURL()}${path}`);

describe("an article's glossary cards (terms.json)", () => {
  it.each([
    ['en', 'Facility'],
    ['id', 'Fasilitas'],
  ])('are served for /%s with the type in that language, both names and both notes', async (locale, type) => {
    const response = await cardsOf(`/${locale}/articles/${SEED}/terms.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    // Shared caches keep it like the page it belongs to.
    expect(response.headers.get('cache-control')).toBe('s-maxage=300, stale-while-revalidate=86400');
    const cards = (await response.json()) as Record<string, { name: object; type: string; note: object }>;
    expect(Object.keys(cards)).toContain('vostochny-cosmodrome');
    expect(cards['vostochny-cosmodrome']).toMatchObject({
      name: { id: 'Kosmodrom Vostochny', en: 'Vostochny Cosmodrome' },
      type,
    });
    // Only the names this article mentions: every card belongs to a mention on the page.
    const html = await (await fetch(`${baseURL()}/${locale}/articles/${SEED}`)).text();
    for (const termId of Object.keys(cards)) expect(html).toContain(`data-term="${termId}"`);
  });

  it.each([
    `/en/articles/no-such-article/terms.json`,
    `/fr/articles/${SEED}/terms.json`,
    `/en/articles/${SEED}/terms.json/extra`,
  ])('answers 404 for %s', async (path) => {
    expect((await cardsOf(path)).status).toBe(404);
  });
});
