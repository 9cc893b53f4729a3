import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { contentDir, readCorpus } from '@/lib/content/source';
import { uncommittedArticles } from '@/lib/content/git-status';
import { progressOf } from '@/lib/studio/progress';
import { ContentProblems } from '@/app/_components/studio/ContentProblems';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { ImportForm } from '@/app/_components/studio/ImportForm';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ show?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Studio' });
  return { title: t('title'), robots: { index: false } };
}

/** The workspace's articles: progress by status, what needs work, what git has not committed, and Import. */
export default async function StudioPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const needsWork = (await searchParams).show === 'needs-work';
  const [t, corpus, uncommitted] = await Promise.all([
    getTranslations({ locale, namespace: 'Studio' }),
    readCorpus(),
    uncommittedArticles(contentDir),
  ]);
  const rows = corpus.articles
    .map((article) => ({ article, progress: progressOf(article) }))
    .filter(({ progress }) => !needsWork || progress.reviewed < progress.total);

  return (
    <>
      <SiteHeader locale={locale} path="/studio" />
      <main id="main" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t('intro')}</p>
        <nav aria-label={t('filterLabel')} className="mt-6 flex gap-4 text-sm">
          <Link href="/studio" className="link" aria-current={needsWork ? undefined : 'page'}>
            {t('filterAll')}
          </Link>
          <Link href="/studio?show=needs-work" className="link" aria-current={needsWork ? 'page' : undefined}>
            {t('filterNeedsWork')}
          </Link>
        </nav>
        {uncommitted === undefined ? (
          <p className="mt-3 text-sm text-[var(--color-muted)]">{t('noGit')}</p>
        ) : null}
        {rows.length === 0 ? <p className="mt-6">{t('empty')}</p> : null}
        <ul className="mt-6 grid gap-4">
          {rows.map(({ article, progress }) => (
            <li
              key={article.slug}
              className="border-b border-[var(--color-rule)] pb-4"
              data-article={article.slug}
            >
              <p lang="id" className="font-serif text-lg font-semibold">
                {article.headline.original}
              </p>
              <p className="mt-1 text-sm">
                <progress
                  max={progress.total}
                  value={progress.reviewed + progress.translated}
                  aria-hidden="true"
                />{' '}
                <span>{t('progress', { ...progress })}</span>
                {uncommitted?.has(article.slug) ? (
                  <span className="ml-3 font-semibold" data-uncommitted>
                    {t('uncommitted')}
                  </span>
                ) : null}
              </p>
              <p className="mt-2 flex gap-4 text-sm">
                <Link href={`/studio/${article.slug}`} className="link">
                  {t('edit')}
                </Link>
                <Link href={`/articles/${article.slug}`} className="link">
                  {t('read')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
        {corpus.problems.length > 0 ? (
          <section className="mt-8" aria-labelledby="broken-content">
            <h2 id="broken-content" className="font-semibold">
              {t('broken')}
            </h2>
            <ContentProblems problems={corpus.problems} />
          </section>
        ) : null}
        <ImportForm
          locale={locale}
          labels={{
            heading: t('importHeading'),
            intro: t('importIntro'),
            text: t('importText'),
            file: t('importFile'),
            preview: t('importPreview'),
            create: t('importCreate'),
            segments: t.raw('importSegments') as string,
            problems: t('importProblems'),
            created: t('importCreated'),
            failed: t.raw('importFailed') as string,
          }}
        />
      </main>
    </>
  );
}
