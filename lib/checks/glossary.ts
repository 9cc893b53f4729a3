import type { Article, Segment } from '../content/types';
import type { Matcher } from '../glossary/matcher';
import { findTermMisses } from '../terminology/term-misses';
import type { Issue } from './types';

/**
 * The `content check` terminology rule for one segment: `findTermMisses` itself, run on an article
 * holding only this segment, so the CLI and the editor cannot drift apart. A draft counts as
 * translated, since the editor checks text as it is typed.
 */
export function checkGlossary(
  segment: Pick<Segment, 'id' | 'original' | 'translation'>,
  matcher: Matcher,
  slug = '',
): Issue[] {
  const headline: Segment = { ...segment, kind: 'headline', status: 'translated' };
  return findTermMisses(articleOf(slug, headline), matcher).map((miss) => {
    const start = segment.original.indexOf(miss.original);
    return {
      check: 'glossary',
      severity: 'error',
      params: { termId: miss.termId, name: miss.original },
      ...(start >= 0 ? { spans: [{ side: 'original', start, end: start + miss.original.length }] } : {}),
    };
  });
}

/** `findTermMisses` reads only the slug and the segments; the rest is there to satisfy the type. */
function articleOf(slug: string, headline: Segment): Article {
  return {
    slug,
    source: { name: '', site: '', url: '' },
    published: '',
    originalLanguage: 'id',
    translationLanguage: 'en',
    headline,
    body: [],
    related: [],
    progress: { total: 1, pending: 0, translated: 1, reviewed: 0 },
  };
}
