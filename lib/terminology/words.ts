/** A word of running text and where it stands, for telling names from sentence-initial capitals. */
export interface Word {
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** First word of the text or of a sentence: after . ! ? or right after an opening quote. */
  sentenceStart: boolean;
}

/**
 * Letters and digits, with inner hyphens, dots and apostrophes kept ("Komsomolsk-on-Amur",
 * "KONTAN.CO.ID", "Jum'at"), but never ending on punctuation, so "Jakarta." is "Jakarta".
 */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}])?/gu;
const SENTENCE_END = /[.!?…]/;
/** An opening quote glued to the word: “Pasokan, ‘Stok, "Saya. Parentheses are not here: "(BPS)" is mid-sentence. */
const OPENING_QUOTE = /[“‘"'«]$/;

export function readWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    words.push({
      text: match[0],
      start,
      end: start + match[0].length,
      capitalised: /^\p{Lu}/u.test(match[0]),
      sentenceStart: words.length === 0 || SENTENCE_END.test(gap) || OPENING_QUOTE.test(gap),
    });
    previousEnd = start + match[0].length;
  }
  return words;
}

/** Two words belong to one name only when nothing but spaces stands between them. */
export function adjacent(text: string, before: Word, after: Word): boolean {
  return /^[ \u00A0]+$/.test(text.slice(before.end, after.start));
}
