// @ts-check
/**
 * Every address Sejajar answers, in one place. A plain module with JSDoc types rather than
 * TypeScript, so that next.config.js and deploy/server.mjs (plain Node) read the same table as
 * proxy.ts and app/. The `app/` tree implements these routes; lib/routes/table.test.ts walks
 * the tree and fails when the two disagree.
 */

/** The interface languages; every page lives under one of them (`/en/...`, `/id/...`). */
export const LOCALES = /** @type {const} */ (['en', 'id']);
export const DEFAULT_LOCALE = 'en';

/**
 * How the reader arranges each pair. The layout lives in the URL (`?layout=stacked`) so a link
 * reproduces the view; the proxy rewrites such a URL to a statically generated variant of the
 * page, so every layout is plain cacheable HTML that varies by URL only, never by cookie.
 */
export const LAYOUTS = /** @type {const} */ (['side', 'side-swapped', 'stacked', 'original', 'translation']);
export const DEFAULT_LAYOUT = 'side';

/** The variants served from their own route segment; the default is the article page itself. */
export const VARIANT_LAYOUTS = LAYOUTS.filter((layout) => layout !== DEFAULT_LAYOUT);

/** An article's address: lower-case ASCII words joined by hyphens (lib/content/slug.ts makes them). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * @typedef {object} Route
 * @property {string} name
 * @property {readonly string[]} segments  after the locale; `:slug` a published article, `:layout` a variant layout
 * @property {boolean} [internal]  reached only through a rewrite or the proxy, never linked
 * @property {boolean} [workspace]  part of the translation workspace: absent from the public build
 */

/** Each page under `/{locale}`. Order matters only for reading: no two patterns overlap. */
export const ROUTES = /** @type {const} @satisfies {readonly Route[]} */ ([
  { name: 'library', segments: [] },
  { name: 'glossary', segments: ['glossary'] },
  { name: 'study', segments: ['study'] },
  { name: 'credits', segments: ['credits'] },
  { name: 'article', segments: ['articles', ':slug'] },
  // `/{locale}/articles/{slug}?layout=stacked` is rewritten here; asked for directly it redirects there.
  { name: 'article-layout', segments: ['articles', ':slug', ':layout'], internal: true },
  // The article's glossary cards, fetched on the reader's first reach for one.
  { name: 'term-cards', segments: ['articles', ':slug', 'terms.json'] },
  { name: 'word-cards', segments: ['articles', ':slug', 'words.json'] },
  // The prerendered 404 page the proxy answers unknown addresses with.
  { name: 'missing', segments: ['missing'], internal: true },
  // The translation workspace (`npm run studio` only; its files are `page.studio.tsx`, which the
  // public build does not compile). `sign-in` before `:slug`: the first match wins.
  { name: 'studio', segments: ['studio'], workspace: true },
  { name: 'studio-sign-in', segments: ['studio', 'sign-in'], workspace: true },
  { name: 'studio-article', segments: ['studio', ':slug'], workspace: true },
]);

/**
 * The workspace's JSON endpoints, outside every locale (`route.studio.ts`, absent from the public
 * build, where the proxy answers them 404). Only these take POST, and only from the same origin.
 */
export const API_ROUTES = /** @type {const} */ ([
  { name: 'studio-save', segments: ['api', 'studio', 'articles', ':slug', 'segments'], write: true },
  { name: 'studio-memory', segments: ['api', 'studio', 'memory'], write: false },
  { name: 'studio-import', segments: ['api', 'studio', 'import'], write: true },
  { name: 'studio-glossary', segments: ['api', 'studio', 'glossary'], write: true },
  { name: 'studio-sign-in', segments: ['api', 'studio', 'sign-in'], write: true },
]);

/**
 * The endpoint a path names, or undefined.
 *
 * @param {string} pathname
 * @returns {{ route: (typeof API_ROUTES)[number]['name'], write: boolean, slug?: string } | undefined}
 */
export function matchApiRoute(pathname) {
  const parts = pathname.split('/').slice(1);
  for (const { name, segments, write } of API_ROUTES) {
    if (segments.length !== parts.length) continue;
    /** @type {string | undefined} */
    let slug;
    const fits = segments.every((segment, i) => {
      const part = parts[i] ?? '';
      if (segment === ':slug') return SLUG.test(part) && Boolean((slug = part));
      return segment === part;
    });
    if (fits) return slug === undefined ? { route: name, write } : { route: name, write, slug };
  }
  return undefined;
}

/**
 * The files Next serves at the site's root: `public/` and the app's icon. Any other `/<name>.<ext>`
 * gets the proxy's 404 page; Next's own 404 for such a path is blank until its scripts have run
 * (vercel/next.js#62228). lib/routes/table.test.ts holds this list to the folders.
 */
export const ROOT_FILES = /** @type {const} */ (['/icon.svg', '/screenshot.png']);

/** @param {string} pathname */
export const isRootFile = (pathname) => ROOT_FILES.includes(/** @type {never} */ (pathname));

/** @typedef {(typeof ROUTES)[number]['name']} RouteName */
/** @typedef {(typeof LOCALES)[number]} Locale */
/**
 * @typedef {object} RouteMatch
 * @property {RouteName} route
 * @property {Locale} locale
 * @property {string} [slug]
 * @property {string} [layout]
 * @property {boolean} [internal]
 * @property {boolean} [workspace]
 */

/** @param {unknown} value @returns {value is Locale} */
export const isLocale = (value) => LOCALES.includes(/** @type {Locale} */ (value));

/**
 * The route a canonical path names, or undefined. A trailing slash is allowed (Next redirects
 * it); anything else that is not spelled exactly as the table writes it (an escape, an empty
 * segment, upper case) names nothing, so one address has one answer however it is spelled.
 * Whether a slug is published is the caller's question: this only reads the shape.
 *
 * @param {string} pathname
 * @returns {RouteMatch | undefined}
 */
export function matchRoute(pathname) {
  const [first, ...rest] = pathname
    .replace(/(?<=.)\/$/, '')
    .split('/')
    .slice(1);
  if (!isLocale(first)) return undefined;
  for (const route of ROUTES) {
    const { name, segments } = route;
    if (segments.length !== rest.length) continue;
    /** @type {RouteMatch} */
    const match = { route: name, locale: first };
    if ('internal' in route) match.internal = true;
    if ('workspace' in route) match.workspace = true;
    const fits = segments.every((segment, i) => {
      const part = rest[i] ?? '';
      if (segment === ':slug') return SLUG.test(part) && Boolean((match.slug = part));
      if (segment === ':layout')
        return VARIANT_LAYOUTS.includes(/** @type {never} */ (part)) && Boolean((match.layout = part));
      return segment === part;
    });
    if (fits) return match;
  }
  return undefined;
}
