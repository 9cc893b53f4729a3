import { join } from 'node:path';
import type { LanguageCode } from '../content/types';
import type { ContentProblem } from '../content/problems';
import { loadLexicon } from '../content/lexicon';
import { readJsonFile } from '../content/read';
import { createAnalyser } from '../words/analyse';
import { checkVocabulary } from '../words/vocabulary-check';
import { foldCase } from './matcher';
import {
  glossaryFileSchema,
  isVocabularyEntryFile,
  type GlossaryEntryFile,
  type VocabularyEntryFile,
} from './schema';
import type { GlossaryEntry, NameVariant, VocabularyEntry } from './types';

export const GLOSSARY_FILE = 'content/glossary/entries.json';

export interface Glossary {
  /** The names: what the name matcher, the glossary page and the name cards use. */
  entries: GlossaryEntry[];
  /** Words and phrases, matched apart from names (`lib/words/vocabulary.ts`). */
  vocabulary: VocabularyEntry[];
  problems: ContentProblem[];
}

/**
 * Loads `<contentDir>/glossary/entries.json`, validates it, and reshapes it into `GlossaryEntry`s.
 * Like `loadCorpus`, it collects every problem instead of stopping; any problem makes the glossary unpublishable.
 */
export async function loadGlossary(contentDir: string): Promise<Glossary> {
  const read = await readJsonFile(
    join(contentDir, 'glossary', 'entries.json'),
    GLOSSARY_FILE,
    glossaryFileSchema,
  );
  if (!read.ok) return { entries: [], vocabulary: [], problems: read.problems };
  const entries = read.data.entries.filter(isNameEntryFile).map(reshapeEntry);
  const vocabulary = read.data.entries.filter(isVocabularyEntryFile).map(reshapeVocabularyEntry);
  const analyser = createAnalyser(await loadLexicon());
  return {
    entries,
    vocabulary,
    problems: [
      ...checkEntries(entries),
      ...duplicateIds(entries, vocabulary),
      ...checkVocabulary(vocabulary, analyser, GLOSSARY_FILE),
    ],
  };
}

export function isNameEntryFile(entry: GlossaryEntryFile | VocabularyEntryFile): entry is GlossaryEntryFile {
  return !isVocabularyEntryFile(entry);
}

export function reshapeVocabularyEntry(raw: VocabularyEntryFile): VocabularyEntry {
  return {
    id: raw.id,
    type: raw.type,
    // The schema requires `root` of a word and `text` of a phrase.
    headword: (raw.type === 'word' ? raw.root : raw.text)!,
    senses: raw.senses,
    forms: raw.forms ?? {},
    example: raw.example,
  };
}

/** Ids are unique across both kinds: a vocabulary id equal to a name's id (or another word's) is a problem. */
function duplicateIds(
  names: readonly GlossaryEntry[],
  vocabulary: readonly VocabularyEntry[],
): ContentProblem[] {
  const seen = new Set(names.map((entry) => entry.id));
  return vocabulary.flatMap(({ id }) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [{ file: GLOSSARY_FILE, entry: id, message: 'duplicate entry id' }];
  });
}

export function reshapeEntry(raw: GlossaryEntryFile): GlossaryEntry {
  const variants = {
    id: raw.names.id.map(toVariant),
    en: raw.names.en.map(toVariant),
  };
  return {
    id: raw.id,
    type: raw.type,
    // The schema requires at least one variant per language.
    name: { id: variants.id[0]!.text, en: variants.en[0]!.text },
    variants,
    notes: raw.notes,
    ...(raw.pronunciation ? { pronunciation: raw.pronunciation } : {}),
  };
}

function toVariant(raw: GlossaryEntryFile['names']['id'][number]): NameVariant {
  return {
    text: raw.text,
    caseInsensitive: raw.caseInsensitive,
    ...(raw.onlyIn ? { onlyIn: raw.onlyIn } : {}),
  };
}

/** Rules that span entries: unique ids, and no text in one language that two entries could both claim. */
export function checkEntries(entries: readonly GlossaryEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (entry: string, message: string) => problems.push({ file: GLOSSARY_FILE, entry, message });
  const ids = new Set<string>();
  for (const { id } of entries) {
    if (ids.has(id)) problem(id, 'duplicate entry id');
    ids.add(id);
  }
  for (const lang of ['id', 'en'] as const) {
    const claims = new Map<string, { entryId: string; variant: NameVariant }[]>();
    for (const entry of entries) {
      for (const variant of entry.variants[lang]) {
        const key = foldCase(variant.text);
        const earlier = claims.get(key) ?? [];
        const clash = earlier.find((claim) => clashes(claim.variant, variant));
        if (clash) {
          problem(entry.id, describeClash(lang, variant, entry.id, clash.entryId));
        }
        claims.set(key, [...earlier, { entryId: entry.id, variant }]);
      }
    }
  }
  return problems;
}

/** Two variants with the same folded text clash if either folds case or both are the same text, unless they are limited to different articles. */
function clashes(a: NameVariant, b: NameVariant): boolean {
  if (!a.caseInsensitive && !b.caseInsensitive && a.text !== b.text) return false;
  if (a.onlyIn && b.onlyIn) return a.onlyIn.some((slug) => b.onlyIn!.includes(slug));
  return true;
}

function describeClash(lang: LanguageCode, variant: NameVariant, entryId: string, otherId: string): string {
  const where =
    otherId === entryId ? 'is listed twice in this entry' : `is already a name of entry "${otherId}"`;
  return `${lang} name "${variant.text}" ${where}`;
}
