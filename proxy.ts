import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { routeLayout } from './app/_components/layout-proxy';

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
  if (first && LOCALE_LIKE.test(first) && !hasLocale(routing.locales, first)) {
    // "/fr/articles/x" would otherwise redirect to "/en/fr/articles/x" before failing; answer
    // at once with the localized 404 (the catch-all route) in the reader's negotiated language.
    const target = request.nextUrl.clone();
    target.pathname = `/${preferredLocale(request)}/${first}`;
    target.search = '';
    // `next start` speaks plain HTTP. Next resolves a rewrite whose origin differs from its own
    // (it does when bound to 127.0.0.1, which it renames "localhost") by fetching it over
    // loopback; a client-sent `X-Forwarded-Proto: https` would make that fetch TLS and fail (500).
    target.protocol = 'http:';
    return NextResponse.rewrite(target);
  }
  // A reader layout (`?layout=stacked`) is its own static page: see app/_components/reader-layout.ts.
  const layout = routeLayout(request);
  if (layout) return layout;
  const response = handleI18nRouting(request);
  // next-intl's `Link` alternates take their origin from the Host / X-Forwarded-Host the client
  // sent; the same alternates are in each page's <head>, built from the pinned SITE_URL.
  response.headers.delete('Link');
  return response;
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
  // Pages are static: only GET and HEAD mean anything. A Server Action (POST with a `Next-Action`
  // header) is left to Next, which answers an unknown action with 404.
  const method = request.method;
  if (method !== 'GET' && method !== 'HEAD' && !request.headers.has('next-action') && isPageRoute(pathname)) {
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
