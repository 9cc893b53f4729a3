import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routing } from './i18n/routing';
import { routeLayout } from './app/_components/layout-proxy';
import { MISSING_SEGMENT, namesPage } from './app/_components/page-routes';
import { articleSlugs } from './lib/content/corpus';

const handleI18nRouting = createMiddleware(routing);

/** A first path segment shaped like a BCP 47 tag ("fr", "pt-BR") that we do not serve. */
const LOCALE_LIKE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Our longest real path is under 100 characters; nothing legitimate comes near this. */
const MAX_PATH_LENGTH = 2048;

export default function proxy(request: NextRequest) {
  const refusal = refuseHostile(request);
  if (refusal) return refusal;
  const { pathname } = request.nextUrl;
  // Reached only through the second matcher (a `%` in an asset path): let Next serve or 404 it.
  if (!isPageRoute(pathname)) return NextResponse.next();

  const first = pathname.split('/')[1] ?? '';
  // "/fr/articles/x" would otherwise redirect to "/en/fr/articles/x" before failing; answer at
  // once with the 404 page in the reader's negotiated language.
  if (first && LOCALE_LIKE.test(first) && !hasLocale(routing.locales, first))
    return notFound(preferredLocale(request));
  if (hasLocale(routing.locales, first) && !namesPage(pathname, publishedSlugs())) return notFound(first);
  // A reader layout (`?layout=stacked`) is its own static page: see app/_components/reader-layout.ts.
  const layout = routeLayout(request);
  if (layout) return layout;
  const response = handleI18nRouting(request);
  // next-intl's `Link` alternates take their origin from the Host / X-Forwarded-Host the client
  // sent; the same alternates are in each page's <head>, built from the pinned SITE_URL.
  response.headers.delete('Link');
  return response;
}

let slugs: ReadonlySet<string> | undefined;

/** Read once per server process: published articles change only with a new build. */
function publishedSlugs() {
  slugs ??= new Set(articleSlugs(join(process.cwd(), 'content')));
  return slugs;
}

const missingPages = new Map<string, string | null>();

/**
 * The locale's prerendered 404 page (app/[locale]/missing) with status 404, for every address
 * under a locale that names no page. Read once from the build. Not through notFound(): Next then
 * sends the page only inside its React payload, blank without JavaScript and with no `lang`
 * (vercel/next.js#62228). Nor through a rewrite with a status: that hangs when Next is bound to
 * 127.0.0.1 and proxies its own rewrites over loopback. Never stored by a shared cache: the
 * address may name a page after the next deploy.
 */
function notFound(locale: string): NextResponse {
  if (!missingPages.has(locale)) {
    const file = join(process.cwd(), '.next', 'server', 'app', locale, `${MISSING_SEGMENT}.html`);
    missingPages.set(locale, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  const html = missingPages.get(locale);
  // `next dev` prerenders nothing: Next answers with its own 404 there.
  if (!html) return NextResponse.next();
  return new NextResponse(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Answers requests no page can serve before Next sees them: Next itself answers a malformed
 * percent-escape in a route parameter (`%c0%ae`) and other methods on pages with a 500 or a 200.
 */
function refuseHostile(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (pathname.length > MAX_PATH_LENGTH) return plain(414, 'URI Too Long');
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(400, 'Bad Request');
  }
  // Pages are static: only GET and HEAD mean anything (the site has no Server Actions). In
  // production deploy/server.mjs refuses the rest before Next; this covers `next dev`.
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && isPageRoute(pathname)) {
    return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  return undefined;
}

/** The same paths as the first matcher below. */
function isPageRoute(pathname: string) {
  return !/^\/(?:api|_next|_vercel)/.test(pathname) && !pathname.includes('.');
}

function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new NextResponse(`${status} ${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

function preferredLocale(request: NextRequest) {
  const cookie = request.cookies.get('NEXT_LOCALE')?.value;
  if (hasLocale(routing.locales, cookie)) return cookie;
  const accepted = (request.headers.get('accept-language') ?? '').slice(0, 200).toLowerCase();
  return /(^|,)\s*id\b/.test(accepted) ? 'id' : routing.defaultLocale;
}

export const config = {
  matcher: [
    // Locale negotiation only for page routes: skip Next internals and files with an extension.
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // Any path with a percent-escape, so a malformed one gets a 400 rather than Next's 500.
    '/(.*%.*)',
  ],
};
