import { fold, foldWithOffsets, isAscii } from './fold';
import type { ConcordanceOptions, Hit, MemoryPair, Range } from './types';

export interface Concordance {
  search(query: string, options?: ConcordanceOptions): Hit[];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Where a word or phrase occurs in the memory's originals and translations, case- and
 * accent-insensitively, with the occurrences as ranges of each text for highlighting. The texts
 * are folded once; a search is then one indexOf scan per text, which the bench measures.
 */
export function concordanceOver(pairs: readonly MemoryPair[]): Concordance {
  const folded = pairs.map((pair) => ({
    original: fold(pair.original),
    translation: fold(pair.translation),
  }));

  function search(query: string, { limit = 20, wholeWords = false }: ConcordanceOptions = {}): Hit[] {
    const needle = fold(query.trim().replace(/\s+/g, ' '));
    if (needle === '') return [];
    const hits: Hit[] = [];
    for (let id = 0; id < pairs.length && hits.length < limit; id++) {
      const texts = folded[id]!;
      if (!texts.original.includes(needle) && !texts.translation.includes(needle)) continue;
      const pair = pairs[id]!;
      const original = rangesOf(pair.original, texts.original, needle, wholeWords);
      const translation = rangesOf(pair.translation, texts.translation, needle, wholeWords);
      if (original.length + translation.length > 0) hits.push({ ...pair, ranges: { original, translation } });
    }
    return hits;
  }

  return { search };
}

/** Occurrences of `needle` in `foldedText`, as ranges of `text`; `foldedText` is `fold(text)`. */
function rangesOf(text: string, foldedText: string, needle: string, wholeWords: boolean): Range[] {
  const at: number[] = [];
  for (let from = foldedText.indexOf(needle); from >= 0; from = foldedText.indexOf(needle, from + 1)) {
    if (wholeWords && (isWordChar(foldedText[from - 1]) || isWordChar(foldedText[from + needle.length])))
      continue;
    at.push(from);
  }
  if (at.length === 0) return [];
  // Folding ASCII keeps every offset; otherwise dropped accents and expanded letters move them.
  const offsets = isAscii(text) ? undefined : foldWithOffsets(text).offsets;
  const toText = (k: number) => (offsets ? offsets[k]! : k);
  return at.map((from) => ({ start: toText(from), end: toText(from + needle.length) }));
}
