import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { isLocale, isRootFile, matchApiRoute, matchRoute } from './lib/routes/table.mjs';
import { canonicalRedirect } from './proxy/canonical';
import { rewriteLayout } from './proxy/layout-rewrite';
import { negotiateLocale } from './proxy/locale';
import { notFoundPage } from './proxy/not-found';
import { plain } from './proxy/plain';
import { isPublished } from './proxy/published';
import { refuseHostile } from './proxy/refusals';
import { guardWorkspace, isStudio } from './proxy/workspace';

const handleI18nRouting = createMiddleware(routing);

/**
 * Every request for a page passes here, in this order: refusals (proxy/refusals), one spelling
 * per address (proxy/canonical), the 404 answer for anything the route table (lib/routes) or the
 * build's articles do not name, the layout rewrite (proxy/layout-rewrite), then next-intl, which
 * sends `/` to `/en` or `/id`.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The workspace's endpoints exist only in `npm run studio`; in the public build, a 404.
  const api = matchApiRoute(pathname);
  if (api && isStudio)
    return (
      guardWorkspace(request, { write: api.write, signIn: api.route === 'studio-sign-in' }) ??
      NextResponse.next()
    );
  if (pathname.startsWith('/api/')) return plain(404, 'Not Found');
  const isAsset = pathname.startsWith('/_next/') || /^\/[^/]+\.\w+$/.test(pathname);
  const refusal = refuseHostile(request, !isAsset);
  if (refusal) return refusal;
  // Next's own files and the root files (/icon.svg): Next serves or 404s them. Any other file
  // name gets the 404 page in the visitor's language, as an unknown page does.
  if (isAsset)
    return pathname.startsWith('/_next/') || isRootFile(pathname)
      ? NextResponse.next()
      : notFoundPage(negotiateLocale(request));

  const canonical = canonicalRedirect(request);
  if (canonical instanceof NextResponse) return canonical;
  if (pathname === '/') return withoutLinkHeader(handleI18nRouting(request));

  const match = canonical === 'unknown' ? undefined : matchRoute(pathname);
  if (match?.workspace && isStudio) {
    if (match.slug !== undefined && !isPublished(match.slug)) return notFoundPage(match.locale);
    return (
      guardWorkspace(request, { write: false, signIn: match.route === 'studio-sign-in' }) ??
      handleI18nRouting(request)
    );
  }
  const named =
    match &&
    match.route !== 'missing' &&
    !match.workspace &&
    (match.slug === undefined || isPublished(match.slug));
  if (!named) {
    const first = pathname.split('/')[1];
    return notFoundPage(isLocale(first) && canonical !== 'unknown' ? first : negotiateLocale(request));
  }
  return rewriteLayout(request) ?? withoutLinkHeader(handleI18nRouting(request));
}

/**
 * next-intl's `Link` alternates take their origin from the Host / X-Forwarded-Host the client
 * sent; the same alternates are in each page's <head>, built from the pinned SITE_URL.
 */
function withoutLinkHeader(response: NextResponse) {
  response.headers.delete('Link');
  return response;
}

export const config = {
  // Every page address, dotted ones (`/en/articles/x.json`) included: only Next's hashed files
  // skip the proxy. A `%` anywhere still comes here, so a malformed escape gets a 400, not a 500.
  matcher: ['/((?!_next/static/|_next/image).*)', '/(.*%.*)'],
};
