import { VARIANT_LAYOUTS } from '@/app/_components/reader/reader-layout';
import { listArticles } from '@/lib/content/source';

/**
 * The article in a layout other than the default, one static page per layout. Readers never see
 * this path: proxy.ts rewrites `/{locale}/articles/{slug}?layout=X` here and redirects the bare
 * path there, so the public URL of a view stays the article's own with its `?layout`.
 */
export { default, generateMetadata } from '../page';

// `[slug]` has no layout of its own to supply the slugs (its page's params are that page's only).
export async function generateStaticParams() {
  const articles = await listArticles();
  return articles.flatMap(({ slug }) => VARIANT_LAYOUTS.map((layout) => ({ slug, layout })));
}

// Only the known layouts exist; anything else under an article is a 404.
export const dynamicParams = false;
