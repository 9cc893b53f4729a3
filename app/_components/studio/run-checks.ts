import type { CheckIssue } from './types';

/**
 * The checks run as the translator types. A stand-in with two simple checks: lib/checks'
 * `checkSegment` will replace the body behind this same signature, so the editor does not change.
 * `glossaryNames` holds, for each glossary mention in the original, the English names that count.
 * An empty translation has nothing to check yet: it is simply pending.
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
  if (text === original.trim()) {
    issues.push({
      check: 'untranslated',
      severity: 'warning',
      message: 'The translation is the same as the original.',
    });
  }
  return issues;
}
