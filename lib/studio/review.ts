import { blocksReview, checkSegment, formatIssue } from '../checks';
import { readGlossary } from '../content/source';

/**
 * Why a segment cannot be marked reviewed: the errors (never the warnings) of the same checks
 * `content check` runs, worded for the translator. Empty when it may be.
 */
export async function reviewBlockers(slug: string, original: string, translation: string): Promise<string[]> {
  const { matcher } = await readGlossary();
  const issues = checkSegment(
    { id: '', original, translation, status: 'reviewed' },
    { matcher, article: slug },
  );
  return blocksReview(issues) ? issues.filter((issue) => issue.severity === 'error').map(formatIssue) : [];
}
