import type { LanguageCode } from '../content/types';

/** Domain types for the glossary of names. Built from `content/glossary/entries.json` by `loadGlossary`, never cast. */

export const glossaryTypes = [
  'person',
  'place',
  'organisation',
  'institution',
  'facility',
  'vessel',
  'event',
  'service',
] as const;
export type GlossaryType = (typeof glossaryTypes)[number];

/** One way a name is written in one language. */
export interface NameVariant {
  text: string;
  /** Case-sensitive by default, so that a name never matches an ordinary word ("Arnika" but not "arnika"). */
  caseInsensitive: boolean;
  /** Article slugs where this variant counts as the name; absent means everywhere. For common nouns and ambiguous short forms. */
  onlyIn?: readonly string[];
}

export interface GlossaryEntry {
  /** Stable kebab-case id, e.g. `vladimir-putin`. */
  id: string;
  type: GlossaryType;
  /** The canonical name in each language (the first variant listed). */
  name: Record<LanguageCode, string>;
  /** Every way the text may write the name, canonical first. */
  variants: Record<LanguageCode, NameVariant[]>;
  /** Who or what it is, in one or two sentences. */
  notes: Record<LanguageCode, string>;
  /** An English respelling, e.g. "vuh-STOHCH-nee". */
  pronunciation?: string;
}

/** Where a glossary name occurs in a text: UTF-16 offsets, `text === source.slice(start, end)`. */
export interface Mention {
  termId: string;
  start: number;
  end: number;
  text: string;
}

/** A text cut into plain runs and names; the pieces' texts concatenate back to the input exactly. */
export type TextPiece = { text: string } | { text: string; termId: string };
