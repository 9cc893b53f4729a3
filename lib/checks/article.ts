import type { Article } from '../content/types';
import { checkSegment } from './index';
import type { CheckContext, Issue } from './types';

export interface ArticleIssue {
  segment: string;
  issue: Issue;
}

/**
 * `checkSegment` over an article's finished segments, for `content check`: pending segments are
 * drafts, which the editor checks as they are typed, but which must not fail the build.
 */
export function checkArticle(article: Article, context: Omit<CheckContext, 'article'> = {}): ArticleIssue[] {
  return [article.headline, ...article.body]
    .filter((segment) => segment.status !== 'pending')
    .flatMap((segment) =>
      checkSegment(segment, { ...context, article: article.slug }).map((issue) => ({
        segment: segment.id,
        issue,
      })),
    );
}
