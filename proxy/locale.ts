import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import type { NextRequest } from 'next/server';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../lib/routes/table.mjs';

/**
 * The interface language a request asks for when its address names none: the `NEXT_LOCALE`
 * cookie, then `Accept-Language` with its q-values, then English. The same libraries and order
 * as next-intl's middleware, which makes this choice for `/`, so a reader sent to `/en` from `/`
 * also gets the English 404 page from `/fr/xyz`.
 */
export function negotiateLocale(request: NextRequest): Locale {
  const cookie = request.cookies.get('NEXT_LOCALE')?.value;
  if (isLocale(cookie)) return cookie;
  const header = request.headers.get('accept-language') ?? undefined;
  const languages = new Negotiator({ headers: { 'accept-language': header } }).languages();
  try {
    const matched = match(languages, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(matched) ? matched : DEFAULT_LOCALE;
  } catch {
    // A tag the matcher cannot parse ("x-!!"): as if no language were asked for.
    return DEFAULT_LOCALE;
  }
}
