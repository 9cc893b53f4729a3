import { DEFAULT_LAYOUT, LAYOUTS, matchRoute } from './table.mjs';

type Layout = (typeof LAYOUTS)[number];
const isLayout = (value: unknown): value is Layout => LAYOUTS.includes(value as Layout);

/**
 * How the proxy routes a layout: `/{locale}/articles/{slug}?layout=X` is rewritten to the internal
 * variant `/{locale}/articles/{slug}/X`, and that internal path, asked for directly, redirects to
 * the public one, so each view has one address. Undefined for everything else (the default view,
 * an unknown `?layout`, every other page).
 */
export function layoutRoute(
  pathname: string,
  search: URLSearchParams,
): { rewrite: string } | { redirect: string } | undefined {
  const match = matchRoute(pathname);
  const layout = search.get('layout');
  if (match?.route === 'article' && isLayout(layout) && layout !== DEFAULT_LAYOUT)
    return { rewrite: `/${match.locale}/articles/${match.slug}/${layout}` };
  // A rewrite may reach the proxy again (Next fetches a cross-origin rewrite over loopback); it
  // still carries its `?layout`, so only a bare internal path is redirected.
  if (match?.route === 'article-layout' && !search.has('layout'))
    return { redirect: `/${match.locale}/articles/${match.slug}?layout=${match.layout}` };
  return undefined;
}
