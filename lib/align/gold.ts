import { z } from 'zod';
import { alignmentOverrideSchema, applyOverride } from './override';
import type { AlignmentGroup } from './gale-church';

/**
 * A hand-aligned gold set: each segment keeps its sentences as split by hand, so the aligner is
 * judged on its own and the splitter separately, and its groups in the override notation.
 */
const goldSegmentSchema = z
  .strictObject({
    id: z.string().min(1),
    original: z.array(z.string().min(1)),
    translation: z.array(z.string().min(1)),
    groups: alignmentOverrideSchema,
  })
  .superRefine((segment, context) => {
    try {
      applyOverride(segment.groups, segment.original.length, segment.translation.length);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        path: ['groups'],
        message: `${segment.id}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });

export const goldSetSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  origin: z.string().min(1),
  segments: z.array(goldSegmentSchema).min(1),
});

export type GoldSet = z.output<typeof goldSetSchema>;
export type GoldSegment = GoldSet['segments'][number];

/** The gold groups of a segment as sentence indices. */
export function goldGroups(segment: GoldSegment): AlignmentGroup[] {
  return applyOverride(segment.groups, segment.original.length, segment.translation.length);
}
