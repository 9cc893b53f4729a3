import type { ContentProblem } from '../content/problems';
import type { Article } from '../content/types';
import { formatIssue } from './format-en';
import { checkSegment } from './check-segment';
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

/**
 * The shape `content check` reports in: errors fail it as problems, warnings are printed as
 * suggestions, each naming the translation file and the segment.
 */
export function describeArticleIssues(
  slug: string,
  issues: readonly ArticleIssue[],
): { problems: ContentProblem[]; suggestions: ContentProblem[] } {
  const describe = ({ segment, issue }: ArticleIssue): ContentProblem => ({
    file: `content/articles/${slug}/en.json`,
    segment,
    message: `${issue.severity === 'error' ? '' : 'warning: '}${formatIssue(issue)}`,
  });
  return {
    problems: issues.filter((i) => i.issue.severity === 'error').map(describe),
    suggestions: issues.filter((i) => i.issue.severity === 'warning').map(describe),
  };
}
