import { getPathname } from '@/i18n/navigation';
import { routing, type Locale } from '@/i18n/routing';

/** Each language is named in itself, whatever the interface language. */
const endonyms: Record<Locale, string> = { en: 'English', id: 'Bahasa Indonesia' };

/**
 * Plain links, one per interface language, pointing at the same page: they work without
 * JavaScript and tell crawlers and screen readers which language each target is in.
 */
export function LocaleSwitcher({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((target) => (
          <li key={target}>
            <a
              href={getPathname({ href: path, locale: target })}
              hrefLang={target}
              lang={target}
              aria-current={target === locale ? 'true' : undefined}
              className="rounded px-2 py-1 hover:underline aria-[current]:bg-[var(--color-ink)] aria-[current]:text-[var(--color-paper)]"
            >
              {endonyms[target]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
