import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { NotFoundMessage } from '@/app/_components/site/NotFoundMessage';

type Props = { params: Promise<{ locale: Locale }> };

// The 404 page, prerendered per locale. proxy.ts sends its HTML, with status 404, for every
// address under a locale that names no page: a page that calls notFound() instead gets its markup
// only in the React payload (vercel/next.js#62228), blank without JavaScript and with no `lang`.

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MissingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <NotFoundMessage />;
}
