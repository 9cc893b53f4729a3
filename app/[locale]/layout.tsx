import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/app/_components/site/site-url';
import { earlySettingsScript } from '@/app/_components/site/reading-settings';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Nav' });

  return (
    // The early script sets data-theme / data-text-size on <html> before React hydrates it.
    <html lang={locale} suppressHydrationWarning>
      <head>
        {/* Inline and first, so the first paint is in the reader's theme (the CSP allows inline
            scripts; it forbids inline styles, hence attributes on <html> and CSS keyed on them). */}
        <script>{earlySettingsScript}</script>
      </head>
      <body className="reading-surface min-h-screen antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-[var(--color-paper)] focus:px-3 focus:py-2"
        >
          {t('skip')}
        </a>
        {/* Client islands get their strings as props; no message catalogue is sent to the browser. */}
        <NextIntlClientProvider messages={null}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
