import { describe, expect, it } from 'vitest';
import { tokenizeWords } from './tokenize';

const texts = (text: string, exclude?: { start: number; end: number }[]) =>
  tokenizeWords(text, exclude).map((token) => token.text);

describe('tokenizeWords', () => {
  it('returns each word with offsets into the text', () => {
    const text = 'Putin mengaku puas.';
    for (const token of tokenizeWords(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(texts(text)).toEqual(['Putin', 'mengaku', 'puas']);
  });

  it('keeps a hyphenated reduplication as one word', () => {
    expect(texts('negara-negara dan raja‐raja')).toEqual(['negara-negara', 'dan', 'raja‐raja']);
  });

  it('ignores numbers, codes with digits, and punctuation', () => {
    expect(texts('Pada 12 - 17 September, ulang tahun ke-75 (COVID-19).')).toEqual([
      'Pada',
      'September',
      'ulang',
      'tahun',
    ]);
  });

  it('leaves out every word that overlaps an excluded range, such as a name with -nya', () => {
    const text = 'Presiden Rusianya berkunjung';
    expect(texts(text, [{ start: 9, end: 14 }])).toEqual(['Presiden', 'berkunjung']);
  });
});
