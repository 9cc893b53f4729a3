import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** What a reader sees at an address with no page, in the interface language. */
export function NotFoundMessage() {
  const t = useTranslations('NotFound');
  return (
    <main id="main" className="mx-auto max-w-2xl px-6 py-16">
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
