import { describe, expect, it } from 'vitest';
import type { Segment } from './types';
import { countWords, readingTime, WORDS_PER_MINUTE } from './reading-time';

const segment = (id: string, original: string): Segment => ({
  id,
  kind: id === 'headline' ? 'headline' : 'paragraph',
  original,
  translation: '',
  status: 'pending',
});

describe('countWords', () => {
  it('counts words separated by any white space, hyphenated and reduplicated words as one', () => {
    expect(countWords('Putin  bertemu\tKim Jong Un\ndi kota-kota Rusia.')).toBe(8);
  });

  it('does not count dashes, bullets or empty text as words', () => {
    expect(countWords(' — • ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('counts numbers and abbreviations such as KONTAN.CO.ID', () => {
    expect(countWords('KONTAN.CO.ID - MOSKOW, 13 September 2023')).toBe(5);
  });
});

describe('readingTime', () => {
  it('counts the headline and every paragraph of the original, at 200 words a minute', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'kata').join(' ');
    const article = {
      headline: segment('headline', words(10)),
      body: [segment('p1', words(290)), segment('p2', words(300))],
    };
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingTime(article)).toEqual({ words: 600, minutes: 3 });
  });

  it('says at least one minute for a very short article', () => {
    expect(readingTime({ headline: segment('headline', 'Singkat'), body: [] })).toEqual({
      words: 1,
      minutes: 1,
    });
  });
});
