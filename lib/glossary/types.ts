import type { LanguageCode } from '../content/types';

/**
 * Domain types for the glossary: names (people, places, …) and vocabulary (words and phrases).
 * Built from `content/glossary/entries.json` by `loadGlossary`, never cast. The two kinds share the
 * file and its ids but are matched apart: names by their written variants in both languages
 * (`matcher.ts`), vocabulary through word roots in the Indonesian original only (`lib/words/vocabulary.ts`).
 */

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

/** The vocabulary kinds: a word entry is matched through its root in every affixed form, a phrase by its words in order. */
export const vocabularyTypes = ['word', 'phrase'] as const;
export type VocabularyType = (typeof vocabularyTypes)[number];

export interface VocabularyExample {
  /** An Indonesian sentence using the word or phrase. */
  id: string;
  en: string;
}

export interface VocabularyEntry {
  id: string;
  type: VocabularyType;
  /** What the card is headed with: the root of a word ("sepakat"), the text of a phrase ("kerja sama"). */
  headword: string;
  /** English senses in order; the sense the seed articles use comes first. */
  senses: string[];
  /**
   * Meanings of particular forms, by the form in lower case: `{ "kesepakatan": "agreement" }`. For a
   * phrase, its other forms ("bekerja sama"), which are matched too.
   */
  forms: Record<string, string>;
  example: VocabularyExample;
}
