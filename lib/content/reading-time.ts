import type { Article } from './types';

/**
 * How fast the library assumes its reader reads: 200 words a minute. Adults read their own
 * language at about 240 wpm (Brysbaert 2019); a learner reading Indonesian, and glancing at the
 * English beside it, is slower, so the figure errs towards the longer time rather than promise a
 * read that takes twice as long.
 */
export const WORDS_PER_MINUTE = 200;

/** A word is a run of non-space characters holding at least one letter or digit ("—" is not). */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface ReadingTime {
  words: number;
  /** Whole minutes, at least one. */
  minutes: number;
}

/** The length of an article's Indonesian original, headline and body, and the minutes it takes to read. */
export function readingTime(article: Pick<Article, 'headline' | 'body'>): ReadingTime {
  const words = [article.headline, ...article.body].reduce(
    (sum, segment) => sum + countWords(segment.original),
    0,
  );
  return { words, minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)) };
}
