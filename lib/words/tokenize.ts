import type { WordToken } from './types';

/** A span of a text to leave out, e.g. a glossary name mention: UTF-16 offsets, end exclusive. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Letters (with their combining marks) joined by single hyphens (raja-raja) or apostrophes (Jum'at).
 * A run with a digit in it ("ke-75", "G20", "COVID-19") is a number or a code, not a word.
 */
const RUN = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;

/**
 * The words of a text, in order, with their offsets. Words that overlap any range in `exclude` are
 * dropped whole, so "Rusianya" (a name plus -nya) is left to the glossary rather than cut in two.
 */
export function tokenizeWords(text: string, exclude: readonly Range[] = []): WordToken[] {
  const ranges = [...exclude].sort((a, b) => a.start - b.start);
  const words: WordToken[] = [];
  let next = 0;
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < ranges.length && ranges[next]!.end <= start) next++;
    const range = ranges[next];
    if (range && range.start < end) continue;
    if (DIGIT.test(match[0])) continue;
    words.push({ text: match[0], start, end });
  }
  return words;
}
