import type { Issue } from './types';

/**
 * Runs of spaces inside the translation, and space at either end. Only the translation: the
 * original is what the source published. Line breaks count as space, since segments are single
 * paragraphs.
 */
export function checkSpacing(translation: string): Issue[] {
  const issues: Issue[] = [];
  const at = (kind: 'double' | 'leading' | 'trailing', start: number, end: number): Issue => ({
    check: 'spacing',
    severity: 'warning',
    params: { kind },
    spans: [{ side: 'translation', start, end }],
  });
  const leading = /^\s+/u.exec(translation);
  if (leading && leading[0].length < translation.length) issues.push(at('leading', 0, leading[0].length));
  for (const run of translation.matchAll(/(?<=\S)\s{2,}(?=\S)/gu))
    issues.push(at('double', run.index, run.index + run[0].length));
  const trailing = /(?<=\S)\s+$/u.exec(translation);
  if (trailing) issues.push(at('trailing', trailing.index, translation.length));
  return issues;
}
