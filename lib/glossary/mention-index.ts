import type { Article } from '../content/types';
import type { Matcher } from './matcher';

/** A block that names a glossary entry, for the glossary page's "mentioned in" links. */
export interface MentionSite {
  slug: string;
  segmentId: string;
}

/** For each entry id, every block (original or translation) that mentions it, once each, in reading order. */
export function indexMentions(articles: readonly Article[], matcher: Matcher): Map<string, MentionSite[]> {
  const index = new Map<string, MentionSite[]>();
  for (const article of articles) {
    const context = { article: article.slug };
    for (const segment of [article.headline, ...article.body]) {
      const ids = new Set([
        ...matcher.findMentions(segment.original, 'id', context).map((m) => m.termId),
        ...matcher.findMentions(segment.translation, 'en', context).map((m) => m.termId),
      ]);
      for (const id of ids) {
        const sites = index.get(id) ?? [];
        sites.push({ slug: article.slug, segmentId: segment.id });
        index.set(id, sites);
      }
    }
  }
  return index;
}
