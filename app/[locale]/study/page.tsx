import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { alternates } from '@/app/_components/site/alternates';
import { StudyList } from '@/app/_components/study/StudyList';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Study' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/study') };
}

/** A static shell: the list itself lives in the reader's browser, so a client leaf reads it. */
export default async function StudyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Study' });
  const labels = {
    loading: t('loading'),
    empty: t('empty'),
    remove: t('remove'),
    announceRemoved: t.raw('announceRemoved') as string,
    open: t('open'),
    export: t('export'),
    exportHint: t('exportHint'),
    indonesian: t('indonesian'),
    english: t('english'),
  };
  return (
    <>
      <SiteHeader locale={locale} path="/study" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t('intro')}</p>
        <StudyList
          locale={locale}
          articlesPath={getPathname({ href: '/articles', locale })}
          labels={labels}
        />
      </main>
    </>
  );
}
