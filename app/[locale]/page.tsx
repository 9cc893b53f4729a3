import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { listArticles } from '@/lib/content/source';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { ArticleCard } from '@/app/_components/library/ArticleCard';
import { alternates } from '@/app/_components/site/alternates';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Library' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return { title: t('title'), description: site('description'), alternates: alternates(locale, '/') };
}

export default async function LibraryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Library' }),
    listArticles(),
  ]);

  return (
    <>
      <SiteHeader locale={locale} path="/" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t('intro')}</p>
        {articles.length === 0 ? (
          <p className="mt-8">{t('empty')}</p>
        ) : (
          <ul className="mt-8 grid gap-6">
            {articles.map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
