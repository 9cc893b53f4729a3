import { checkSegment, formatIssue } from '@/lib/checks';
import type { CheckIssue } from './types';

/**
 * The checks run as the translator types: lib/checks' `checkSegment`, the same implementation
 * `content check` runs (numbers read the Indonesian way, an untranslated text, brackets and
 * quotes, final punctuation, spacing, a repeated word, sentences the alignment cannot pair).
 * The glossary rule runs here on the names the server sent for each mention (`glossaryNames`),
 * so the browser needs no matcher. An empty translation has nothing to check: it is pending.
 */
export function runChecks(original: string, translation: string, glossaryNames: string[][]): CheckIssue[] {
  const text = translation.trim();
  if (text === '') return [];
  const issues: CheckIssue[] = [];
  for (const names of glossaryNames) {
    if (names.length > 0 && !names.some((name) => text.includes(name))) {
      issues.push({ check: 'glossary', severity: 'error', message: `Missing glossary name: ${names[0]}` });
    }
  }
  for (const issue of checkSegment({ id: '', original, translation, status: 'translated' }))
    issues.push({ check: issue.check, severity: issue.severity, message: formatIssue(issue) });
  return issues;
}
