import { alignSentences, splitSentences, type AlignmentOverride } from '../align';
import type { Issue } from './types';

/**
 * Sentences the aligner cannot pair. Gale–Church here groups 1–1, 1–2 and 2–1; it only reaches for
 * a 1–0 or 0–1 group, a sentence with no counterpart, when no such grouping explains the lengths.
 * One such group means the reader will show a sentence beside nothing: usually a sentence left
 * untranslated or added. A segment whose author has corrected the alignment is not second-guessed.
 */
export function checkSentencePairing(
  original: string,
  translation: string,
  override?: AlignmentOverride,
): Issue[] {
  if (override || translation.trim() === '') return [];
  const source = splitSentences(original, 'id');
  const target = splitSentences(translation, 'en');
  const groups = alignSentences(
    source.map((s) => s.text),
    target.map((s) => s.text),
  );
  return groups
    .filter((group) => group.source.length === 0 || group.target.length === 0)
    .map((group) => {
      const unpaired = group.target.length === 0 ? 'original' : 'translation';
      const sentence = unpaired === 'original' ? source[group.source[0]!]! : target[group.target[0]!]!;
      return {
        check: 'sentence-pairing',
        severity: 'warning',
        params: { original: source.length, translation: target.length, unpaired },
        spans: [{ side: unpaired, start: sentence.start, end: sentence.end }],
      };
    });
}
