import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

// Rendered for an unknown slug or an unknown path under a locale, in that locale's language.
export default function NotFoundPage() {
  const t = useTranslations('NotFound');
  return (
    <main id="main" className="mx-auto max-w-2xl px-6 py-16">
      <title>{t('title')}</title>
      <h1 className="font-serif text-3xl font-semibold">{t('title')}</h1>
      <p className="mt-3">{t('body')}</p>
      <p className="mt-6">
        <Link href="/" prefetch={false} className="link">
          {t('back')}
        </Link>
      </p>
    </main>
  );
}
