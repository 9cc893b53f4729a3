import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { getLibrary } from '@/lib/content/source';
import { glossaryTypes } from '@/lib/glossary/types';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { alternates } from '@/app/_components/site/alternates';
import { GlossaryEntryCard } from '@/app/_components/glossary/GlossaryEntryCard';
import { Link } from '@/i18n/navigation';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/glossary') };
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, c, { glossary, articles, mentions }] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'Credits' }),
    getLibrary(),
  ]);
  const byName = (a: { name: { id: string } }, b: { name: { id: string } }) =>
    a.name.id.localeCompare(b.name.id, 'id');
  const groups = glossaryTypes
    .map((type) => ({ type, entries: glossary.filter((entry) => entry.type === type).sort(byName) }))
    .filter((group) => group.entries.length > 0);

  return (
    <>
      <SiteHeader locale={locale} path="/glossary" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t('intro')}</p>
        {groups.map(({ type, entries }) => (
          <section key={type} aria-labelledby={`group-${type}`} className="mt-10">
            <h2
              id={`group-${type}`}
              className="border-b border-[var(--color-rule)] pb-1 font-serif text-2xl font-semibold"
            >
              {t(`groups.${type}`)}
            </h2>
            <ul className="mt-4 grid gap-6">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <GlossaryEntryCard
                    entry={entry}
                    locale={locale}
                    sites={mentions.get(entry.id) ?? []}
                    articles={articles}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {/* The word analysis and its lexicon are credited on their own page. */}
        <p className="mt-12 text-sm">
          <Link href="/credits" prefetch={false} className="link">
            {c('heading')}
          </Link>
        </p>
      </main>
    </>
  );
}
