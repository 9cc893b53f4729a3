import { alignSentences } from './gale-church';
import { applyOverride, type AlignmentOverride } from './override';
import { splitSentences, type Sentence } from './sentences';

export { alignSentences, type AlignmentGroup } from './gale-church';
export {
  alignmentOverrideSchema,
  describeGroups,
  type AlignmentOverride,
  type AlignmentOverrideInput,
} from './override';
export { splitSentences, type Language, type Sentence } from './sentences';

/**
 * One group of sentences that translate each other inside an aligned paragraph pair. `id` is
 * `s1`, `s2`, … in reading order, stable as long as the grouping is; the reader renders it as
 * `data-sentence="<segmentId>.<id>"`.
 */
export type SentencePair = { id: string; original: Sentence[]; translation: Sentence[] };

/**
 * Splits an Indonesian paragraph and its English translation into sentences and groups them,
 * by Gale–Church or, where the author has corrected it, by `override`.
 */
export function alignSegment(
  original: string,
  translation: string,
  override?: AlignmentOverride,
): SentencePair[] {
  const originalSentences = splitSentences(original, 'id');
  const translationSentences = splitSentences(translation, 'en');
  const groups = override
    ? applyOverride(override, originalSentences.length, translationSentences.length)
    : alignSentences(
        originalSentences.map((sentence) => sentence.text),
        translationSentences.map((sentence) => sentence.text),
      );
  return groups.map((group, k) => ({
    id: `s${k + 1}`,
    original: group.source.map((index) => originalSentences[index]!),
    translation: group.target.map((index) => translationSentences[index]!),
  }));
}
