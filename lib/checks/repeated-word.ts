import type { Issue } from './types';

/** "the the": a word written twice in a row, whatever its case; the span covers the repetition. */
export function checkRepeatedWord(translation: string): Issue[] {
  const issues: Issue[] = [];
  for (const match of translation.matchAll(
    /(?<![\p{L}\p{N}'’])([\p{L}\p{N}]+)(\s+)(\1)(?![\p{L}\p{N}])/giu,
  )) {
    const [, word = '', space = ''] = match;
    const start = match.index + word.length + space.length;
    issues.push({
      check: 'repeated-word',
      severity: 'warning',
      params: { word },
      spans: [{ side: 'translation', start, end: start + word.length }],
    });
  }
  return issues;
}
