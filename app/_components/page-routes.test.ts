import { describe, expect, it } from 'vitest';
import { namesPage } from './page-routes';

const slugs = new Set(['putin-kolaborasi', 'harga-cabai']);

describe('namesPage', () => {
  it.each([
    '/en',
    '/id/',
    '/en/glossary',
    '/id/study',
    '/en/articles/putin-kolaborasi',
    '/id/articles/harga-cabai/',
    // A layout variant's internal address: the proxy sends it on to `?layout=stacked`.
    '/en/articles/putin-kolaborasi/stacked',
  ])('%s names a page', (path) => {
    expect(namesPage(path, slugs)).toBe(true);
  });

  it.each([
    '/en/articles',
    '/en/articles/no-such-article',
    '/en/articles/PUTIN-KOLABORASI',
    '/en/articles/%3Cscript%3E',
    // The default layout has no variant address, and a variant has no deeper pages.
    '/en/articles/putin-kolaborasi/side',
    '/en/articles/putin-kolaborasi/sideways',
    '/en/articles/putin-kolaborasi/stacked/more',
    '/en/glossary/kim-jong-un',
    '/en/study/export',
    '/en/missing',
    '/en//glossary',
    '/id/no/such/page',
  ])('%s names no page', (path) => {
    expect(namesPage(path, slugs)).toBe(false);
  });
});
