import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { dataFiles } from '@/lib/credits/data-files';
import { SiteHeader } from '@/app/_components/site/SiteHeader';
import { alternates } from '@/app/_components/site/alternates';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Credits' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/credits') };
}

/** Every data file shipped that others made, its licence and its source (lib/credits/data-files.ts). */
export default async function CreditsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Credits' });
  return (
    <>
      <SiteHeader locale={locale} path="/credits" />
      <main id="main" className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
        <h1 className="font-serif text-3xl font-semibold">{t('heading')}</h1>
        <p className="mt-2 max-w-2xl text-[var(--color-muted)]">{t('intro')}</p>
        {dataFiles.map((file) => (
          <section key={file.path} className="mt-8" aria-labelledby={`credit-${file.path}`}>
            <h2 id={`credit-${file.path}`} className="text-xl font-semibold">
              {file.name[locale]}
            </h2>
            <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t('file')}</dt>
              <dd className="break-all">
                <code>{file.path}</code>
              </dd>
              <dt className="font-semibold">{t('licence')}</dt>
              <dd>
                {file.licence} (<code className="break-all">{file.licenceFile}</code>)
              </dd>
              <dt className="font-semibold">{t('source')}</dt>
              <dd className="break-all">
                <a className="link" href={file.source} rel="noopener noreferrer">
                  {file.source}
                </a>
              </dd>
              <dt className="font-semibold">{t('usedFor')}</dt>
              <dd>{file.usedFor[locale]}</dd>
              <dt className="font-semibold">{t('authors')}</dt>
              <dd>{file.authors}</dd>
            </dl>
          </section>
        ))}
      </main>
    </>
  );
}
