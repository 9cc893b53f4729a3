import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { LAYOUTS, type Layout } from './reader-layout';

/** Below md every pair stacks, so there Side by side looks like Stacked, and Swap like translation first. */
const NARROW_TWIN: Partial<Record<Layout, Layout>> = { side: 'stacked', stacked: 'side' };

/**
 * The layout choice: one compact disclosure (a native <details>, so no script) whose summary
 * names the current layout and whose plain links each reproduce a view. On a narrow screen it
 * offers only the layouts that look different there: Side by side and Stacked are one choice,
 * named for what is seen, and Swap is "Translation first". Every link names its layout even for
 * the default, so choosing it is remembered too.
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
  // Wide and narrow names of a layout; each shown at its own widths (CSS only).
  const name = (choice: Layout) => {
    const wide = choice === 'side-swapped' ? t('swap') : t(`layouts.${choice}`);
    const narrow =
      choice === 'side-swapped'
        ? t('translationFirst')
        : t(`layouts.${choice === 'side' ? 'stacked' : choice}`);
    return wide === narrow ? (
      wide
    ) : (
      <>
        <span className="max-md:hidden">{wide}</span>
        <span className="md:hidden">{narrow}</span>
      </>
    );
  };
  // On a narrow screen, of a pair that looks the same there, only the current one (or Stacked) is offered.
  const narrowHidden = (choice: Layout) => {
    const twin = NARROW_TWIN[choice];
    if (!twin) return false;
    return layout === twin || (layout !== choice && choice === 'side');
  };
  return (
    <details className="layout-menu text-sm">
      <summary className="tool-button">
        {t('layoutLabel')}: <span className="font-semibold">{name(layout)}</span>
      </summary>
      <nav aria-label={t('layoutLabel')}>
        <ul className="layout-menu-list">
          {LAYOUTS.map((choice) => (
            <li key={choice} className={narrowHidden(choice) ? 'max-md:hidden' : undefined}>
              <a
                href={`${path}?layout=${choice}`}
                aria-current={choice === layout ? 'page' : undefined}
                className="layout-link"
              >
                {name(choice)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
