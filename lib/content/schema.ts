import { z } from 'zod';
import { checkIds, type CheckId } from '../checks/types';
import { alignmentOverrideSchema } from '../align/override';
import { MAX_ARTICLE_SEGMENTS } from '../text/limits';
import { isBlank } from '../text/policy';
import { policyText, visibleText } from '../text/schema';
import { translationStatuses } from './types';

/**
 * One zod schema per content file kind. Cross-file rules (alignment, unknown ids)
 * live in `validate.ts`, because no single file can check them.
 */

export const segmentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');

/** Every stored string goes through the text policy (`lib/text/policy.ts`), so `check` enforces it. */
const nonEmptyText = visibleText();

const segmentsOf = <T extends z.ZodType>(segment: T) =>
  z.array(segment).max(MAX_ARTICLE_SEGMENTS, `an article may not have more than ${MAX_ARTICLE_SEGMENTS} segments`);

/** Related links leave the site, so only http(s) is allowed: no `javascript:` or `data:`. */
const safeHref = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const articleMetaSchema = z.strictObject({
  source: z.strictObject({
    name: nonEmptyText,
    site: nonEmptyText,
    url: safeHref,
  }),
  published: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
  dateline: nonEmptyText.optional(),
  originalLanguage: z.literal('id'),
  translations: z.array(z.literal('en')).min(1),
  related: z
    .array(
      z.strictObject({
        id: segmentId,
        after: segmentId,
        title: nonEmptyText,
        href: safeHref,
      }),
    )
    .default([]),
});

export const originalFileSchema = z.strictObject({
  lang: z.literal('id'),
  segments: segmentsOf(z.strictObject({ id: segmentId, text: nonEmptyText })).min(1),
});

/** One segment of `en.json`; exported so a single change can be validated before a save. */
export const translationSegmentSchema = z
  .strictObject({
    id: segmentId,
    status: z.enum(translationStatuses),
    text: policyText(),
    // A translator's note may run to several lines.
    note: visibleText({ newlines: true }).optional(),
    /** Corrects the automatic sentence alignment, e.g. `["1-1", "1-2"]`; checked against the texts in `checkAlignment`. */
    alignment: alignmentOverrideSchema.optional(),
    /** Check warnings the translator dismissed for this segment (errors cannot be): `check` honours them. */
    dismissed: z.array(z.enum(checkIds as [CheckId, ...CheckId[]])).optional(),
  })
  // A pending segment may be empty; a translated or reviewed one may not.
  .refine((s) => s.status === 'pending' || !isBlank(s.text), {
    message: 'must not be empty unless status is "pending"',
    path: ['text'],
  });

export const translationFileSchema = z.strictObject({
  lang: z.literal('en'),
  segments: segmentsOf(translationSegmentSchema),
  related: z.array(z.strictObject({ id: segmentId, title: nonEmptyText })).default([]),
});

export type ArticleMetaFile = z.infer<typeof articleMetaSchema>;
export type OriginalFile = z.infer<typeof originalFileSchema>;
export type TranslationFile = z.infer<typeof translationFileSchema>;
export type TranslationSegment = z.infer<typeof translationSegmentSchema>;
