import { z } from 'zod';
import { slugPattern } from '../content/slug';
import { policyText, visibleText } from '../text/schema';
import { glossaryTypes, vocabularyTypes } from './types';

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

/** A word or phrase of vocabulary: lower-case letters, single spaces or hyphens between words. */
const vocabularyText = policyText().regex(/^\p{Ll}+(?:[ -]\p{Ll}+)*$/u, {
  error: (issue) => `${JSON.stringify(issue.input)} must be lower-case words separated by single spaces`,
});

/**
 * A word (matched through `root` in every affixed form) or a phrase (matched by its words). Whether
 * the root is one the analyser arrives at, and whether each form and the example contain the entry,
 * needs the lexicon: `lib/words/vocabulary-check.ts` checks that after this schema.
 */
export const vocabularyEntrySchema = z
  .strictObject({
    id: entryId,
    type: z.enum(vocabularyTypes),
    root: vocabularyText.optional(),
    text: vocabularyText.optional(),
    senses: z.array(nonEmptyText).min(1, 'list at least one English sense'),
    forms: z.record(vocabularyText, nonEmptyText).optional(),
    example: perLanguage(nonEmptyText),
  })
  .superRefine((entry, ctx) => {
    const [needed, unwanted] =
      entry.type === 'word' ? (['root', 'text'] as const) : (['text', 'root'] as const);
    if (entry[needed] === undefined)
      ctx.addIssue({ code: 'custom', path: [needed], message: `a ${entry.type} needs "${needed}"` });
    if (entry[unwanted] !== undefined)
      ctx.addIssue({ code: 'custom', path: [unwanted], message: `a ${entry.type} has no "${unwanted}"` });
  });

const isVocabulary = (raw: unknown) =>
  typeof raw === 'object' &&
  raw !== null &&
  vocabularyTypes.some((type) => (raw as { type?: unknown }).type === type);

/**
 * Either kind of entry, chosen by its `type` before validating, so that a name entry's errors read as
 * they did before vocabulary existed ("type: Invalid option: expected one of …") rather than as a
 * union that matched neither.
 */
const anyEntrySchema = z.unknown().transform((raw, ctx) => {
  const schema = isVocabulary(raw) ? vocabularyEntrySchema : glossaryEntrySchema;
  const parsed = (schema as z.ZodType<GlossaryEntryFile | VocabularyEntryFile>).safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
});

export const glossaryFileSchema = z.strictObject({
  entries: z.array(anyEntrySchema),
});

export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type GlossaryEntryFile = z.infer<typeof glossaryEntrySchema>;
export type VocabularyEntryFile = z.infer<typeof vocabularyEntrySchema>;

export function isVocabularyEntryFile(
  entry: GlossaryEntryFile | VocabularyEntryFile,
): entry is VocabularyEntryFile {
  return (vocabularyTypes as readonly string[]).includes(entry.type);
}
