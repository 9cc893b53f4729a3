import { parseDateline } from '../content/dateline';
import { isAbbreviation } from './abbreviations';
import { findContinuedQuotes, isInsideAny } from './quotes';

export type Language = 'id' | 'en';

/** A sentence as offsets into its paragraph: `text === paragraph.slice(start, end)`. */
export type Sentence = { start: number; end: number; text: string };

const terminators = '.?!…';
/** Marks that may follow a terminator and still belong to the sentence: `."`, `?”`, `.)`. */
const closers = `"'”’)]»›`;

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * Splits a paragraph into sentences. The sentences are trimmed and in order, and only whitespace
 * lies between them, so they can be highlighted in place.
 *
 * A sentence ends at `.`, `?`, `!`, `…` (or a run of them, with any closing quote or bracket)
 * followed by whitespace, unless what follows starts with a lower-case letter, the full stop ends
 * an abbreviation or initial, or the stop lies inside a quotation that the sentence continues
 * after (`"… . …," tulis Putin`), or ends a leading dateline (`KONTAN.CO.ID - MOSKOW.`).
 */
export function splitSentences(text: string, lang: Language): Sentence[] {
  const datelineEnd = parseDateline(text)?.end ?? -1;
  const continuedQuotes = findContinuedQuotes(text);
  const ends: number[] = [];

  let i = 0;
  while (i < text.length) {
    if (!terminators.includes(text[i] ?? '')) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && terminators.includes(text[end] ?? '')) end++;
    while (end < text.length && closers.includes(text[end] ?? '')) end++;
    if (end === text.length || (isSpace(text[end]) && endsSentence(text, i, end, lang))) {
      if (end > datelineEnd && !isInsideAny(continuedQuotes, i, end)) ends.push(end);
    }
    i = end;
  }
  return toSentences(text, ends);
}

/** `stop` is the first terminator of the run, `end` the offset just after the run and its closers. */
function endsSentence(text: string, stop: number, end: number, lang: Language): boolean {
  const lowerCaseNext = /\s*\p{Ll}/uy;
  lowerCaseNext.lastIndex = end;
  if (lowerCaseNext.test(text)) return false;
  const singleFullStop = text[stop] === '.' && end === stop + 1;
  if (!singleFullStop) return true;
  const word = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, stop - 40), stop))?.[0].replace(/^\.+/, '') ?? '';
  return !isAbbreviation(word, lang, text.slice(end, end + 8));
}

function toSentences(text: string, ends: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of [...ends, text.length]) {
    let start = from;
    let end = to;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (start < end) sentences.push({ start, end, text: text.slice(start, end) });
    from = to;
  }
  return sentences;
}
