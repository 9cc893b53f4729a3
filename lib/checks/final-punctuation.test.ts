import { describe, expect, it } from 'vitest';
import { checkFinalPunctuation, finalMark } from './final-punctuation';

describe('finalMark', () => {
  it.each([
    ['Kim berkunjung.', '.'],
    ['Benarkah?', '?'],
    ['Tulis Putin: "Saya yakin."', '.'],
    ['“Benarkah?”', '?'],
    ['(lihat tabel.)', '.'],
    ['Dan kemudian...', '…'],
    ['Dan kemudian…', '…'],
    ['Sebagai berikut:', ':'],
    ['Putin: Kolaborasi Rusia dan Korea Utara', ''],
  ])('reads %j as ending with %j', (text, mark) => {
    expect(finalMark(text)).toBe(mark);
  });
});

describe('checkFinalPunctuation', () => {
  it('accepts the same final mark, and a headline with none on either side', () => {
    expect(checkFinalPunctuation('Benarkah?', '“Is it true?”')).toEqual([]);
    expect(checkFinalPunctuation('Putin: Kolaborasi Rusia', 'Putin: Russian Collaboration')).toEqual([]);
  });

  it('warns when the translation ends differently', () => {
    expect(checkFinalPunctuation('Benarkah?', 'It is true.')).toEqual([
      { check: 'final-punctuation', severity: 'warning', params: { original: '?', translation: '.' } },
    ]);
    expect(checkFinalPunctuation('Kim berkunjung.', 'Kim visited')).toEqual([
      { check: 'final-punctuation', severity: 'warning', params: { original: '.', translation: '' } },
    ]);
  });
});
