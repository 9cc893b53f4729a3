/**
 * How the reader arranges each pair. The layout lives in the URL (`?layout=stacked`) so a link
 * reproduces the view; proxy.ts rewrites such a URL to a statically generated variant of the page,
 * so every layout is plain cacheable HTML that varies by URL only, never by cookie.
 */
export const LAYOUTS = ['side', 'side-swapped', 'stacked', 'original', 'translation'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const DEFAULT_LAYOUT: Layout = 'side';

/** The variants served from their own route segment; the default is the article page itself. */
export const VARIANT_LAYOUTS = LAYOUTS.filter((layout) => layout !== DEFAULT_LAYOUT);

export const isLayout = (value: unknown): value is Layout => LAYOUTS.includes(value as Layout);

/** An unknown or missing value is the default: a mistyped link still shows the article. */
export const parseLayout = (value: unknown): Layout => (isLayout(value) ? value : DEFAULT_LAYOUT);

/** Where the device remembers the last layout chosen (localStorage: the HTML never varies by it). */
export const LAYOUT_STORAGE_KEY = 'sejajar.layout';

const ARTICLE_PATH = /^\/([a-z]{2})\/articles\/([a-z0-9-]+)\/?$/;
const VARIANT_PATH = /^\/([a-z]{2})\/articles\/([a-z0-9-]+)\/([a-z-]+)\/?$/;

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
  const article = ARTICLE_PATH.exec(pathname);
  const layout = search.get('layout');
  if (article && isLayout(layout) && layout !== DEFAULT_LAYOUT)
    return { rewrite: `/${article[1]}/articles/${article[2]}/${layout}` };
  const variant = VARIANT_PATH.exec(pathname);
  // A rewrite may reach the proxy again (Next fetches a cross-origin rewrite over loopback); it
  // still carries its `?layout`, so only a bare internal path is redirected.
  if (variant && isLayout(variant[3]) && !search.has('layout'))
    return { redirect: `/${variant[1]}/articles/${variant[2]}?layout=${variant[3]}` };
  return undefined;
}
