import type { Issue } from './types';

/**
 * A translation that is its original, e.g. pasted and not yet translated. Texts with no word
 * starting in lower case ("Vladimir Putin", "TASS", "2024") are left alone: names and figures
 * are rightly written alike in both languages.
 */
export function checkIdentical(original: string, translation: string): Issue[] {
  const text = translation.trim();
  if (text === '' || text !== original.trim()) return [];
  if (!/(?<![\p{L}\p{N}])\p{Ll}/u.test(text)) return [];
  return [{ check: 'identical', severity: 'warning', params: {} }];
}
