import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { LocaleSwitcher } from './LocaleSwitcher';
import { ReadingSettings } from './ReadingSettings';

/**
 * The header of every page. `path` is the current page without its locale, so the switcher keeps
 * the reader in place. No link prefetches: on a phone, fetching and parsing three other pages'
 * payloads right after load competed with the reader's first scroll (Lighthouse counted it as
 * blocking time), and every page is static, so a click is answered from cache in one round trip.
 * Both rows wrap, so at 320 px and under a reader's own text spacing (WCAG 1.4.10, 1.4.12) the
 * links move to a new line instead of pushing the page sideways.
 */
export async function SiteHeader({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  return (
    <header className="border-b border-[var(--color-rule)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <nav aria-label={t('label')} className="flex flex-wrap items-center gap-x-5 gap-y-1">
          <Link href="/" prefetch={false} className="font-serif text-xl font-semibold tracking-tight">
            Sejajar
          </Link>
          <Link href="/" prefetch={false} className="text-sm hover:underline">
            {t('library')}
          </Link>
          <Link href="/glossary" prefetch={false} className="text-sm hover:underline">
            {t('glossary')}
          </Link>
          <Link href="/study" prefetch={false} className="text-sm hover:underline">
            {t('study')}
          </Link>
          {/* Only in `npm run studio`: inlined at compile time, so the public build has no link. */}
          {process.env.SEJAJAR_STUDIO === '1' ? (
            <Link href="/studio" prefetch={false} className="text-sm hover:underline">
              {t('workspace')}
            </Link>
          ) : null}
        </nav>
        {/* ml-auto: wrapped under the links, the group keeps to the right, so the settings panel
            (anchored at its right edge) opens leftwards inside the screen. */}
        <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-2">
          <LocaleSwitcher locale={locale} path={path} label={t('language')} />
          <ReadingSettings locale={locale} />
        </div>
      </div>
    </header>
  );
}
