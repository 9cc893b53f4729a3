import { fold, foldWithOffsets, isAscii } from './fold';
import type { ConcordanceOptions, Hit, MemoryPair, Range } from './types';

export interface Concordance {
  search(query: string, options?: ConcordanceOptions): Hit[];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
/** Cannot occur in a query (it is stripped), so no match can run from one text into the next. */
const SEPARATOR = '\u0000';

/**
 * Where a word or phrase occurs in the memory's originals and translations, case- and
 * accent-insensitively, with the occurrences as ranges of each text for highlighting. All texts
 * are folded once into one string, original then translation for each pair, so a search is a
 * single indexOf scan (V8 searches long strings in native code) rather than 20,000 calls; an
 * n-gram index would be faster still, but would cost several times the memory's own size.
 */
export function concordanceOver(pairs: readonly MemoryPair[]): Concordance {
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const pair of pairs) {
    for (const text of [pair.original, pair.translation]) {
      const folded = fold(text.replaceAll(SEPARATOR, ' '));
      starts.push(length);
      parts.push(folded);
      length += folded.length + 1;
    }
  }
  starts.push(length);
  const haystack = parts.join(SEPARATOR);
  const foldedText = (index: number) => haystack.slice(starts[index]!, starts[index + 1]! - 1);

  function search(query: string, { limit = 20, wholeWords = false }: ConcordanceOptions = {}): Hit[] {
    const needle = fold(query.replaceAll(SEPARATOR, ' ').trim().replace(/\s+/g, ' '));
    if (needle === '' || limit <= 0) return [];
    const hits: Hit[] = [];
    let from = 0;
    while (hits.length < limit) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) break;
      const id = textAt(starts, at) >> 1;
      const pair = pairs[id]!;
      const original = rangesOf(pair.original, foldedText(2 * id), needle, wholeWords);
      const translation = rangesOf(pair.translation, foldedText(2 * id + 1), needle, wholeWords);
      if (original.length + translation.length > 0) hits.push({ ...pair, ranges: { original, translation } });
      from = starts[2 * id + 2]!;
    }
    return hits;
  }

  return { search };
}

/** The index of the text whose folded copy holds haystack offset `at`, by binary search. */
function textAt(starts: number[], at: number): number {
  let [low, high] = [0, starts.length - 2];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
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
