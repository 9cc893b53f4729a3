import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/app/_components/site/NotFoundMessage';

// Rendered when a page under a locale calls notFound(). Addresses that match no page never get
// here: proxy.ts answers them with the prerendered ./missing page and a 404 status.
export default function NotFoundPage() {
  const t = useTranslations('NotFound');
  return (
    <>
      <title>{t('title')}</title>
      <NotFoundMessage />
    </>
  );
}
