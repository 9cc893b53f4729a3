import type { ContentProblem } from '../content/problems';
import type { Article } from '../content/types';
import type { Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/types';

/** A glossary name the original mentions whose English twin names it nowhere. */
export interface TermMiss {
  segment: string;
  termId: string;
  /** The name as the original first writes it in the segment, e.g. "pelabuhan antariksa Vostochny". */
  original: string;
}

/**
 * Terminology QA in the manner of OmegaT: every glossary entry an Indonesian segment mentions must
 * be named, by any of its English variants, in the segment's translation. Pending segments are not
 * translated yet, so only `translated` and `reviewed` ones are held to it. One miss per entry and
 * segment: the check asks that the name survives, not that every repetition does.
 */
export function findTermMisses(article: Article, matcher: Matcher): TermMiss[] {
  const context = { article: article.slug };
  const misses: TermMiss[] = [];
  for (const segment of [article.headline, ...article.body]) {
    if (segment.status === 'pending') continue;
    const named = new Set(matcher.findMentions(segment.translation, 'en', context).map((m) => m.termId));
    for (const mention of matcher.findMentions(segment.original, 'id', context)) {
      if (named.has(mention.termId)) continue;
      named.add(mention.termId);
      misses.push({ segment: segment.id, termId: mention.termId, original: mention.text });
    }
  }
  return misses;
}

/** The English names a translation of `slug` may use for `entry`: variants limited to other articles do not count. */
export function englishNamesIn(entry: GlossaryEntry, slug: string): string[] {
  return entry.variants.en.filter((v) => !v.onlyIn || v.onlyIn.includes(slug)).map((v) => v.text);
}

export function describeTermMiss(
  slug: string,
  miss: TermMiss,
  entry: GlossaryEntry | undefined,
): ContentProblem {
  const names = entry ? englishNamesIn(entry, slug).join(', ') : '?';
  return {
    file: `content/articles/${slug}/en.json`,
    segment: miss.segment,
    entry: miss.termId,
    message:
      `term "${miss.termId}" (${miss.original}) appears in the original ` +
      `but none of its English names (${names}) is in the translation`,
  };
}
