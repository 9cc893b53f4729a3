import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

/** Canonical and hreflang alternates for one page, in every interface language. */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  const languages = Object.fromEntries(
    routing.locales.map((target) => [target, getPathname({ href: path, locale: target })]),
  );
  return {
    canonical: getPathname({ href: path, locale }),
    languages: { ...languages, 'x-default': getPathname({ href: path, locale: routing.defaultLocale }) },
  };
}
