import { hasLocale } from 'next-intl';
import { getArticle, getGlossary, getWords, articleParams } from '@/lib/content/source';
import { articleWordCards, nameRanges } from '@/lib/words/cards';
import { routing } from '@/i18n/routing';

/**
 * The word cards of one article (lib/words/cards.ts), written at build time beside its pages and
 * fetched on the reader's first tap, so the page itself carries no per-word markup or data.
 */
export const generateStaticParams = articleParams;

// Built for every article; every other slug or locale is a 404, never rendered on demand.
export const dynamicParams = false;

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params;
  const article = await getArticle(slug);
  if (!hasLocale(routing.locales, locale) || !article) return new Response(null, { status: 404 });
  const [{ matcher }, { analyser, vocabulary, vocabularyIndex }] = await Promise.all([
    getGlossary(),
    getWords(),
  ]);
  const texts = [article.headline, ...article.body].map((segment) => segment.original);
  const sources = texts.map((text) => ({
    text,
    names: nameRanges(matcher.segment(text, 'id', { article: slug })),
  }));
  return Response.json(articleWordCards(sources, analyser, vocabularyIndex, vocabulary));
}
