import type { VocabularyEntry } from '../glossary/types';
import type { WordAnalyser } from './analyse';
import type { AnalysedWord } from './types';

/**
 * Finds vocabulary entries in analysed Indonesian words. Pure; built once per glossary.
 *
 * A word entry matches every word whose root is its root, so the entry for "sepakat" marks
 * disepakati and kesepakatan. A phrase matches its words in order, written as the entry writes them
 * (or as one of its forms), the last word allowed a clitic (kerja samanya). Phrases win over the
 * words inside them, leftmost and then longest first, and matches never overlap. Only the original
 * is searched: English is never matched, and the words given are already outside name mentions.
 */

export interface VocabularyMatch {
  entryId: string;
  /** UTF-16 offsets into the text the words came from. */
  start: number;
  end: number;
  /** How many words the match spans (1 for a word entry). */
  words: number;
  /** The entry's meaning of this particular form, when it gives one (kesepakatan → "agreement"). */
  formMeaning?: string;
}

export interface Vocabulary {
  lookup(words: readonly AnalysedWord[]): VocabularyMatch[];
}

interface PhraseForm {
  entry: VocabularyEntry;
  words: string[];
  meaning?: string;
}

const CLITIC = /(?:nya|lah|kah|pun|ku|mu)$/;

export function createVocabulary(entries: readonly VocabularyEntry[]): Vocabulary {
  const byRoot = new Map<string, VocabularyEntry>();
  const phrasesByFirst = new Map<string, PhraseForm[]>();
  for (const entry of entries) {
    if (entry.type === 'word') {
      byRoot.set(entry.headword, entry);
      continue;
    }
    const forms: PhraseForm[] = [
      { entry, words: entry.headword.split(' ') },
      ...Object.entries(entry.forms).map(([form, meaning]) => ({ entry, words: form.split(' '), meaning })),
    ];
    for (const form of forms) {
      const list = phrasesByFirst.get(form.words[0]!) ?? [];
      list.push(form);
      // Longest first, so that the first phrase to fit is the longest.
      list.sort((a, b) => b.words.length - a.words.length);
      phrasesByFirst.set(form.words[0]!, list);
    }
  }
  return {
    lookup(words) {
      const matches: VocabularyMatch[] = [];
      for (let i = 0; i < words.length; i++) {
        const phrase = phraseAt(words, i, phrasesByFirst);
        if (phrase) {
          const last = words[i + phrase.words.length - 1]!;
          matches.push({
            entryId: phrase.entry.id,
            start: words[i]!.start,
            end: last.end,
            words: phrase.words.length,
            ...(phrase.meaning ? { formMeaning: phrase.meaning } : {}),
          });
          i += phrase.words.length - 1;
          continue;
        }
        const word = words[i]!;
        const entry = byRoot.get(word.analysis.root);
        if (!entry) continue;
        const meaning = entry.forms[word.text.toLowerCase()];
        matches.push({
          entryId: entry.id,
          start: word.start,
          end: word.end,
          words: 1,
          ...(meaning ? { formMeaning: meaning } : {}),
        });
      }
      return matches;
    },
  };
}

/** The longest phrase form starting at word `i`: adjacent words (only spaces between), each written as the phrase writes it. */
function phraseAt(
  words: readonly AnalysedWord[],
  i: number,
  phrasesByFirst: Map<string, PhraseForm[]>,
): PhraseForm | undefined {
  const first = words[i]!.text.toLowerCase();
  const candidates = [
    ...(phrasesByFirst.get(first) ?? []),
    ...(phrasesByFirst.get(first.replace(CLITIC, '')) ?? []),
  ];
  return candidates.find((form) =>
    form.words.every((expected, k) => {
      const word = words[i + k];
      if (!word) return false;
      if (k > 0 && word.start !== words[i + k - 1]!.end + 1) return false;
      const text = word.text.toLowerCase();
      return text === expected || (k === form.words.length - 1 && text.replace(CLITIC, '') === expected);
    }),
  );
}

/** The vocabulary matches of one Indonesian text, outside the given name mentions. */
export function lookupVocabulary(
  text: string,
  mentions: readonly { start: number; end: number }[],
  analyser: WordAnalyser,
  vocabulary: Vocabulary,
): VocabularyMatch[] {
  return vocabulary.lookup(analyser.analyseText(text, mentions));
}
