import { fold } from './fold';

export interface Token {
  text: string;
  folded: string;
  /** Words carry the meaning and set the score; punctuation only nudges it. */
  word: boolean;
}

/** A word keeps inner marks ("74.000", "Komsomolsk-on-Amur", "Kim’s"); any other mark is a token alone. */
const pattern = /[\p{L}\p{N}\p{M}]+(?:['’.,\-‐][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(pattern), ([token]) => ({
    text: token,
    folded: fold(token),
    word: /^[\p{L}\p{N}]/u.test(token),
  }));
}

/** The folded words alone, the part of a text the index holds. */
export function foldedWords(text: string): string[] {
  return tokenize(text).flatMap((token) => (token.word ? [token.folded] : []));
}
