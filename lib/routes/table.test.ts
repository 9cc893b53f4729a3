import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, matchApiRoute, matchRoute, ROOT_FILES, ROUTES } from './table.mjs';

describe('matchRoute', () => {
  it.each([
    ['/en', 'library'],
    ['/id/', 'library'],
    ['/en/glossary', 'glossary'],
    ['/id/study', 'study'],
    ['/en/articles/putin-kolaborasi', 'article'],
    ['/id/articles/harga-cabai/', 'article'],
    ['/en/articles/putin-kolaborasi/stacked', 'article-layout'],
    ['/en/articles/putin-kolaborasi/terms.json', 'term-cards'],
  ])('%s names the %s page', (path, route) => {
    expect(matchRoute(path)?.route).toBe(route);
  });

  it('reads the locale, the slug and the layout out of the address', () => {
    expect(matchRoute('/id/articles/harga-cabai/original')).toEqual({
      route: 'article-layout',
      locale: 'id',
      slug: 'harga-cabai',
      layout: 'original',
      internal: true,
    });
  });

  it.each([
    '/',
    '/fr',
    '/EN/glossary',
    '/%65n/glossary',
    '/en/articles',
    '/en/articles/PUTIN-KOLABORASI',
    '/en/articles/%3Cscript%3E',
    '/en/articles/x.json',
    // The default layout has no variant address, and a variant has no deeper pages.
    '/en/articles/putin-kolaborasi/side',
    '/en/articles/putin-kolaborasi/sideways',
    '/en/articles/putin-kolaborasi/stacked/more',
    '/en/glossary/kim-jong-un',
    '/en/study/export',
    '/en//glossary',
    '/id/no/such/page',
  ])('%s names no page', (path) => {
    expect(matchRoute(path)).toBeUndefined();
  });
});

/** `app/[locale]/articles/[slug]/page.tsx` → `articles/:slug` (the workspace's `page.studio.tsx` too). */
function routesInAppTree(folder: string): string[] {
  const root = join(__dirname, '..', '..', 'app', folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(?:^|[/\\])(?:page|route)(?:\.studio)?\.tsx?$/.test(file))
    .map((file) =>
      relative(root, join(root, file, '..'))
        .split(sep)
        .filter(Boolean)
        .map((part) => part.replace(/^\[(\w+)\]$/, ':$1'))
        .join('/'),
    )
    .sort();
}

it('lists exactly the pages the app tree implements, so the proxy never refuses a real page', () => {
  expect(ROUTES.map((route) => route.segments.join('/')).sort()).toEqual(routesInAppTree('[locale]'));
  expect(API_ROUTES.map((route) => route.segments.slice(1).join('/')).sort()).toEqual(routesInAppTree('api'));
});

it('lists exactly the files served at the root, so none of them is answered 404', () => {
  const root = process.cwd();
  const files = [
    ...readdirSync(join(root, 'public')),
    ...readdirSync(join(root, 'app')).filter((file) => /^(?:icon|apple-icon|favicon)\.\w+$/.test(file)),
  ];
  expect([...ROOT_FILES].sort()).toEqual(files.map((file) => `/${file}`).sort());
});

it('reads a workspace endpoint and its article out of the address', () => {
  expect(matchApiRoute('/api/studio/articles/harga-cabai/segments')).toEqual({
    route: 'studio-save',
    write: true,
    slug: 'harga-cabai',
  });
  expect(matchApiRoute('/api/studio/articles/../segments')).toBeUndefined();
  expect(matchApiRoute('/api/studio/elsewhere')).toBeUndefined();
});
