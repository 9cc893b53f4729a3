import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { LAYOUTS, type Layout } from './reader-layout';

/**
 * The layout choice as plain links, so it works without JavaScript and a link reproduces the
 * view. Swapping the sides is one more choice (side by side, translation first). Every link names
 * its layout even for the default, so choosing it is remembered too.
 */
export async function LayoutSwitcher({
  locale,
  slug,
  layout,
}: {
  locale: Locale;
  slug: string;
  layout: Layout;
}) {
  const t = await getTranslations({ locale, namespace: 'Learner' });
  const path = getPathname({ href: `/articles/${slug}`, locale });
  return (
    <nav aria-label={t('layoutLabel')} className="text-sm">
      <ul className="flex flex-wrap gap-1">
        {LAYOUTS.map((choice) => (
          <li key={choice}>
            <a
              href={`${path}?layout=${choice}`}
              aria-current={choice === layout ? 'page' : undefined}
              className="layout-link"
            >
              {choice === 'side-swapped' ? (
                <>
                  <span aria-hidden="true">⇄ </span>
                  {t('swap')}
                </>
              ) : (
                t(`layouts.${choice}`)
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
