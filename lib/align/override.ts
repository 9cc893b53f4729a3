import { z } from 'zod';
import type { AlignmentGroup } from './gale-church';

/**
 * An author's correction of the automatic alignment for one segment: the groups in order, each
 * written as "<original sentences>-<translation sentences>", the notation Gale & Church use for
 * their categories. `["1-1", "1-2"]` reads: the first original sentence is translated by the first
 * translation sentence; the second original sentence by the next two. Counts, not indices, so an
 * override can never cross or skip sentences.
 */
const groupSchema = z
  .string()
  .regex(/^\d+-\d+$/, 'write each group as "<original>-<translation>" sentence counts, e.g. "1-2"')
  .transform((group) => {
    const [original = 0, translation = 0] = group.split('-').map(Number);
    return { original, translation };
  })
  .refine((group) => group.original + group.translation > 0, 'a "0-0" group holds no sentence');

export const alignmentOverrideSchema = z.array(groupSchema).min(1, 'an override needs at least one group');

/** As written in a content file: `["1-1", "1-2"]`. */
export type AlignmentOverrideInput = z.input<typeof alignmentOverrideSchema>;
/** As parsed: `[{ original: 1, translation: 1 }, { original: 1, translation: 2 }]`. */
export type AlignmentOverride = z.output<typeof alignmentOverrideSchema>;

/** Turns sentence counts into index groups; throws when the counts do not add up to the texts'. */
export function applyOverride(
  override: AlignmentOverride,
  originalCount: number,
  translationCount: number,
): AlignmentGroup[] {
  const totalOriginal = override.reduce((total, group) => total + group.original, 0);
  const totalTranslation = override.reduce((total, group) => total + group.translation, 0);
  if (totalOriginal !== originalCount || totalTranslation !== translationCount) {
    throw new Error(
      `alignment override covers ${totalOriginal} original and ${totalTranslation} translation sentences, ` +
        `but the texts have ${originalCount} and ${translationCount}`,
    );
  }
  let source = 0;
  let target = 0;
  return override.map((group) => {
    const aligned = {
      source: indices(source, group.original),
      target: indices(target, group.translation),
    };
    source += group.original;
    target += group.translation;
    return aligned;
  });
}

/** The inverse of `applyOverride`, for writing an override or a gold entry from an alignment. */
export function describeGroups(groups: AlignmentGroup[]): string[] {
  return groups.map((group) => `${group.source.length}-${group.target.length}`);
}

function indices(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
