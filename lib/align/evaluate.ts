import { alignSentences, type AlignmentGroup } from './gale-church';
import { goldGroups, type GoldSegment } from './gold';
import { splitSentences } from './sentences';

export type Aligner = (source: string[], target: string[]) => AlignmentGroup[];

export type AlignmentScore = {
  goldGroups: number;
  predictedGroups: number;
  /** Gold groups the aligner reproduced exactly, same source and same target sentences. */
  exactGroups: number;
  /** exactGroups / goldGroups: the headline figure, which is also the recall of groups. */
  accuracy: number;
  precision: number;
  recall: number;
  /** Segments whose every group is right. */
  exactSegments: number;
  segments: number;
};

/** Scores an aligner (Gale–Church by default) against hand-made groups. */
export function evaluateAlignment(gold: GoldSegment[], align: Aligner = alignSentences): AlignmentScore {
  let goldCount = 0;
  let predictedCount = 0;
  let exactGroups = 0;
  let exactSegments = 0;
  for (const segment of gold) {
    const expected = goldGroups(segment);
    const predicted = new Set(align(segment.original, segment.translation).map(groupKey));
    const hits = expected.filter((group) => predicted.has(groupKey(group))).length;
    goldCount += expected.length;
    predictedCount += predicted.size;
    exactGroups += hits;
    if (hits === expected.length && predicted.size === expected.length) exactSegments++;
  }
  return {
    goldGroups: goldCount,
    predictedGroups: predictedCount,
    exactGroups,
    accuracy: ratio(exactGroups, goldCount),
    precision: ratio(exactGroups, predictedCount),
    recall: ratio(exactGroups, goldCount),
    exactSegments,
    segments: gold.length,
  };
}

/**
 * The baseline: sentence i with sentence i, extras left unaligned. Right whenever the translator
 * kept the sentence count, which in news translation is most of the time.
 */
export const alignByIndex: Aligner = (source, target) =>
  Array.from({ length: Math.min(source.length, target.length) }, (_, k) => ({ source: [k], target: [k] }));

/** Segments (counting each language apart) where `splitSentences` finds exactly the hand-split sentences. */
export function evaluateSplitting(gold: GoldSegment[]): { exact: number; total: number } {
  let exact = 0;
  for (const segment of gold) {
    if (splitsAsGold(segment.original, 'id')) exact++;
    if (splitsAsGold(segment.translation, 'en')) exact++;
  }
  return { exact, total: gold.length * 2 };
}

function splitsAsGold(sentences: string[], lang: 'id' | 'en'): boolean {
  const found = splitSentences(sentences.join(' '), lang).map((sentence) => sentence.text);
  return found.length === sentences.length && found.every((text, k) => text === sentences[k]);
}

function groupKey(group: AlignmentGroup): string {
  return `${group.source.join(',')}|${group.target.join(',')}`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
