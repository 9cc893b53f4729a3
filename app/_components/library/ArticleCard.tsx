import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { readingTime } from '@/lib/content/reading-time';
import type { Article } from '@/lib/content/types';

/**
 * One library entry: the headline in both languages, where it came from, and how long it is to
 * read. The length is the Indonesian original's, counted at build time: that is what a learner
 * reads (translation progress is the workspace's business, not a reader's).
 */
export async function ArticleCard({ article, locale }: { article: Article; locale: Locale }) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: 'Library' }),
    getFormatter({ locale }),
  ]);
  const { headline } = article;
  const { words, minutes } = readingTime(article);
  return (
    <article className="rounded-lg border border-[var(--color-rule)] p-5">
      <h2 className="font-serif text-xl font-semibold leading-snug">
        <Link href={`/articles/${article.slug}`} prefetch={false} className="hover:underline">
          <span lang="id">{headline.original}</span>
        </Link>
      </h2>
      {headline.translation ? (
        <p lang="en" className="mt-1 font-serif text-lg text-[var(--color-muted)]">
          {headline.translation}
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        <dt className="text-[var(--color-muted)]">{t('source')}</dt>
        <dd>{article.source.name}</dd>
        <dt className="text-[var(--color-muted)]">{t('published')}</dt>
        <dd>
          <time dateTime={article.published}>
            {format.dateTime(new Date(`${article.published}T00:00:00Z`), {
              dateStyle: 'long',
              timeZone: 'UTC',
            })}
          </time>
        </dd>
        <dt className="text-[var(--color-muted)]">{t('lengthLabel')}</dt>
        <dd>{t('length', { words, minutes })}</dd>
      </dl>
    </article>
  );
}
