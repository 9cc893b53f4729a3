export { checkArticle, describeArticleIssues, type ArticleIssue } from './article';
export { blocksReview, checkSegment } from './check-segment';
export { formatIssue } from './format-en';
export {
  checkIds,
  type CheckContext,
  type CheckId,
  type Issue,
  type IssueParams,
  type SegmentToCheck,
  type Severity,
  type Span,
} from './types';
