import { describe, expect, it } from 'vitest';
import { layoutRoute } from './layout-route';

const route = (path: string) => {
  const url = new URL(path, 'http://x');
  return layoutRoute(url.pathname, url.searchParams);
};

describe('layoutRoute', () => {
  it('rewrites an article asked for in a known layout to its static variant', () => {
    expect(route('/id/articles/a-b-1?layout=stacked')).toEqual({ rewrite: '/id/articles/a-b-1/stacked' });
    expect(route('/en/articles/a?layout=side-swapped')).toEqual({ rewrite: '/en/articles/a/side-swapped' });
  });

  it('leaves the default layout, an unknown layout and other pages to the default route', () => {
    expect(route('/en/articles/a?layout=side')).toBeUndefined();
    expect(route('/en/articles/a?layout=sideways')).toBeUndefined();
    expect(route('/en/articles/a')).toBeUndefined();
    expect(route('/en/glossary?layout=stacked')).toBeUndefined();
  });

  it('redirects the internal variant path to the public address of the view', () => {
    expect(route('/en/articles/a/original')).toEqual({ redirect: '/en/articles/a?layout=original' });
    expect(route('/en/articles/a/unknown')).toBeUndefined();
    expect(route('/en/articles/a/original?layout=original')).toBeUndefined();
  });
});
