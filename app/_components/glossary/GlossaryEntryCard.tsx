import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import type { GlossaryEntry } from '@/lib/glossary/types';
import type { MentionSite } from '@/lib/glossary/mention-index';
import { BilingualName } from './BilingualName';

/** One glossary entry: both names, the note, and a link to every block that names it. */
export async function GlossaryEntryCard({
  entry,
  locale,
  sites,
  articles,
}: {
  entry: GlossaryEntry;
  locale: Locale;
  sites: MentionSite[];
  articles: Article[];
}) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  const bySlug = new Map<string, MentionSite[]>();
  for (const site of sites) bySlug.set(site.slug, [...(bySlug.get(site.slug) ?? []), site]);
  return (
    <article id={entry.id} className="scroll-mt-6">
      <h3 className="font-serif text-xl font-semibold">
        <BilingualName name={entry.name} />
      </h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-[var(--color-muted)]">{t('indonesian')}</dt>
        <dd lang="id">{entry.variants.id.map((v) => v.text).join(', ')}</dd>
        <dt className="text-[var(--color-muted)]">{t('english')}</dt>
        <dd lang="en">{entry.variants.en.map((v) => v.text).join(', ')}</dd>
        {entry.pronunciation ? (
          <>
            <dt className="text-[var(--color-muted)]">{t('pronunciation')}</dt>
            <dd lang="en">{entry.pronunciation}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 max-w-2xl" lang={locale}>
        {entry.notes[locale]}
      </p>
      {[...bySlug].map(([slug, places]) => {
        const article = articles.find((a) => a.slug === slug);
        if (!article) return null;
        const paragraphNumber = (id: string) => article.body.findIndex((s) => s.id === id) + 1;
        const path = getPathname({ href: `/articles/${slug}`, locale });
        return (
          <p key={slug} className="mt-2 text-sm">
            <span className="text-[var(--color-muted)]">{t('mentionedIn')} </span>
            <cite lang="id" className="not-italic">
              {article.headline.original}
            </cite>
            {': '}
            {places.map((site, i) => (
              <span key={site.segmentId}>
                {i > 0 ? ', ' : null}
                <a className="link" href={`${path}#${site.segmentId}`}>
                  {site.segmentId === 'headline'
                    ? t('headline')
                    : t('paragraph', { n: paragraphNumber(site.segmentId) })}
                </a>
              </span>
            ))}
          </p>
        );
      })}
    </article>
  );
}
