import type { VocabularyEntry } from '../glossary/types';
import type { WordAnalyser } from './analyse';
import type { Vocabulary } from './vocabulary';

/**
 * What the reader's word cards need for one article, built at build time and fetched by the
 * reader on the first tap (`words.json` beside the article): every Indonesian word form of the
 * article outside the glossary's names, with its analysis and its vocabulary entry, and those
 * entries. Keyed by the form in lower case, so the browser needs no analyser, only a lookup.
 */
export interface WordCardsFile {
  words: Record<string, WordCard>;
  entries: Record<string, WordEntryCard>;
}

export interface WordCard {
  root: string;
  /** "di- + sepakat + -i"; for a word without affixes, the root itself. */
  display: string;
  /** The vocabulary entry matched through the root, or the phrase it is part of. */
  entry?: string;
  /** That entry's meaning of this very form (kesepakatan → "agreement"). */
  meaning?: string;
}

export interface WordEntryCard {
  type: VocabularyEntry['type'];
  headword: string;
  senses: string[];
  example: VocabularyEntry['example'];
}

export interface WordSource {
  text: string;
  /** The name mentions in it: never analysed as words. */
  names: readonly { start: number; end: number }[];
}

export function articleWordCards(
  sources: readonly WordSource[],
  analyser: WordAnalyser,
  vocabulary: Vocabulary,
  entries: readonly VocabularyEntry[],
): WordCardsFile {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const file: WordCardsFile = { words: {}, entries: {} };
  for (const { text, names } of sources) {
    const words = analyser.analyseText(text, names);
    const matches = vocabulary.lookup(words);
    for (const word of words) {
      const form = word.text.toLowerCase();
      const match = matches.find((m) => m.start <= word.start && word.end <= m.end);
      const known = file.words[form];
      // A form seen twice keeps the first entry found for it.
      if (known && (known.entry || !match)) continue;
      const card: WordCard = { root: word.analysis.root, display: word.analysis.display };
      const entry = match && byId.get(match.entryId);
      if (entry) {
        card.entry = entry.id;
        if (match.formMeaning) card.meaning = match.formMeaning;
        file.entries[entry.id] = {
          type: entry.type,
          headword: entry.headword,
          senses: entry.senses,
          example: entry.example,
        };
      }
      file.words[form] = card;
    }
  }
  return file;
}

/** Offsets of each name mention in a text, from the matcher's pieces (they join back to the text). */
export function nameRanges(pieces: readonly ({ text: string } & { termId?: string })[]) {
  const ranges: { start: number; end: number }[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.termId) ranges.push({ start: at, end: at + piece.text.length });
    at += piece.text.length;
  }
  return ranges;
}
