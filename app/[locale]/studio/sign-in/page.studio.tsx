import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { SiteHeader } from '@/app/_components/site/SiteHeader';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ failed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Studio' });
  return { title: t('signInHeading'), robots: { index: false } };
}

/** Needed only when the workspace listens beyond loopback with SEJAJAR_STUDIO_TOKEN set. */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Studio' });
  const failed = (await searchParams).failed === '1';
  return (
    <>
      <SiteHeader locale={locale} path="/studio/sign-in" />
      <main id="main" className="mx-auto max-w-md px-4 py-10 sm:px-6">
        <h1 className="font-serif text-2xl font-semibold">{t('signInHeading')}</h1>
        {failed ? (
          <p role="alert" className="mt-4">
            {t('signInFailed')}
          </p>
        ) : null}
        <form method="post" action="/api/studio/sign-in" className="mt-6 grid gap-3">
          <input type="hidden" name="locale" value={locale} />
          <label className="grid gap-1 text-sm font-semibold">
            {t('signInToken')}
            <input
              type="password"
              name="token"
              required
              autoComplete="current-password"
              className="rounded border border-[var(--color-rule)] bg-transparent p-2"
            />
          </label>
          <button type="submit" className="tool-button justify-self-start">
            {t('signInButton')}
          </button>
        </form>
      </main>
    </>
  );
}
