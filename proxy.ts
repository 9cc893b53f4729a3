import { hasLocale } from 'next-intl';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const handleI18nRouting = createMiddleware(routing);

/** A first path segment shaped like a BCP 47 tag ("fr", "pt-BR") that we do not serve. */
const LOCALE_LIKE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export default function proxy(request: NextRequest) {
  const first = request.nextUrl.pathname.split('/')[1] ?? '';
  if (first && LOCALE_LIKE.test(first) && !hasLocale(routing.locales, first)) {
    // "/fr/articles/x" would otherwise redirect to "/en/fr/articles/x" before failing; answer
    // at once with the localized 404 (the catch-all route) in the reader's negotiated language.
    return NextResponse.rewrite(new URL(`/${preferredLocale(request)}/${first}`, request.url));
  }
  return handleI18nRouting(request);
}

function preferredLocale(request: NextRequest) {
  const cookie = request.cookies.get('NEXT_LOCALE')?.value;
  if (hasLocale(routing.locales, cookie)) return cookie;
  const accepted = (request.headers.get('accept-language') ?? '').slice(0, 200).toLowerCase();
  return /(^|,)\s*id\b/.test(accepted) ? 'id' : routing.defaultLocale;
}

export const config = {
  // Locale negotiation only for page routes: skip Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
