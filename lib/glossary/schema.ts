import { z } from 'zod';
import { slugPattern } from '../content/slug';
import { policyText, visibleText } from '../text/schema';
import { glossaryTypes } from './types';

/**
 * The schema of `content/glossary/entries.json`. Rules that span entries
 * (unique ids, a variant claimed twice) live in `load.ts`.
 */

const entryId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id must be kebab-case: lower-case letters, digits and single hyphens',
  );

/** Through the text policy: a note of only a zero-width space is as empty as no note. */
const nonEmptyText = visibleText({ newlines: true }, 'text is empty');

/**
 * A name must start and end with a letter or digit: the matcher only tries to match
 * at a word start and only accepts a match that ends a word.
 */
const variantText = policyText()
  .regex(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u, {
    error: (issue) => `name ${JSON.stringify(issue.input)} must start and end with a letter or digit`,
  })
  .refine((text) => !/\s{2}|[\n\t]/.test(text), {
    error: (issue) => `name ${JSON.stringify(issue.input)} must use single spaces`,
  });

/**
 * A bare string is matched case-sensitively everywhere; the object form opts into case folding
 * or limits the variant to some articles. Strings are lifted into the object form first, so an
 * error points at the field that is wrong rather than at a union that did not match.
 */
const variant = z.preprocess(
  (raw) => (typeof raw === 'string' ? { text: raw } : raw),
  z.strictObject({
    text: variantText,
    caseInsensitive: z.boolean().default(false),
    onlyIn: z.array(z.string().regex(slugPattern, 'onlyIn must list article slugs')).min(1).optional(),
  }),
);

const perLanguage = <T extends z.ZodType>(schema: T) => z.strictObject({ id: schema, en: schema });

export const glossaryEntrySchema = z.strictObject({
  id: entryId,
  type: z.enum(glossaryTypes),
  names: perLanguage(z.array(variant).min(1, 'list at least the canonical name')),
  notes: perLanguage(nonEmptyText),
  pronunciation: nonEmptyText.optional(),
});

export const glossaryFileSchema = z.strictObject({
  entries: z.array(glossaryEntrySchema),
});

export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type GlossaryEntryFile = z.infer<typeof glossaryEntrySchema>;
