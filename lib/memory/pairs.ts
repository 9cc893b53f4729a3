import type { Article } from '../content/types';
import type { MemoryPair } from './types';

/** The memory an article teaches: its finished segments; a pending one may be a half-typed draft. */
export function pairsFromArticle(article: Article): MemoryPair[] {
  return [article.headline, ...article.body]
    .filter((segment) => segment.status !== 'pending' && segment.translation.trim() !== '')
    .map((segment) => ({
      original: segment.original,
      translation: segment.translation,
      source: { kind: 'article', slug: article.slug, segment: segment.id },
    }));
}
