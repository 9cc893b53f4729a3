import { describe, expect, it } from 'vitest';
import { similarity } from './similarity';

const p3 =
  'Putin juga menyatakan kepuasannya atas kenyataan bahwa hubungan Rusia dan Korea Utara terus berkembang secara positif.';
const score = (original: string) => similarity(p3, original).score;

describe('similarity', () => {
  it('ranks identical above one word changed above two words changed', () => {
    const one = p3.replace('Utara', 'Selatan');
    const two = one.replace('positif', 'negatif');
    expect(score(p3)).toBe(100);
    expect(score(one)).toBeLessThan(100);
    expect(score(two)).toBeLessThan(score(one));
    expect([score(p3), score(one), score(two)].map(Math.round)).toEqual([100, 94, 88]);
  });

  it('penalises case, accents and punctuation slightly, below any changed word', () => {
    const one = score(p3.replace('Utara', 'Selatan'));
    for (const variant of [
      p3.replace('Putin', 'putin'),
      p3.replace('positif', 'pósitif'),
      p3.replace(/\.$/, '!'),
    ]) {
      expect(score(variant)).toBe(99);
      expect(score(variant)).toBeGreaterThan(one);
    }
  });

  it('caps the form penalty, so a text that differs only in form still scores 95', () => {
    expect(score(p3.toUpperCase())).toBe(95);
  });

  it('keeps 100 for identical text only, even where only spacing differs', () => {
    expect(score(p3.replace(' ', '  '))).toBe(99);
  });

  it('scores unrelated text near zero', () => {
    expect(score('Harga beras naik lagi di Pasar Induk Kramat Jati menjelang Lebaran.')).toBeLessThan(20);
  });

  it('diffs from the stored original to the query, grouping each change', () => {
    const query = 'Kim Jong Un mengunjungi Rusia pada 13 - 17 Oktober lalu.';
    expect(similarity(query, 'Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu.').diff)
      .toMatchInlineSnapshot(`
      [
        {
          "op": "equal",
          "text": "Kim Jong Un mengunjungi Rusia pada",
        },
        {
          "op": "delete",
          "text": "12",
        },
        {
          "op": "insert",
          "text": "13",
        },
        {
          "op": "equal",
          "text": "- 17",
        },
        {
          "op": "delete",
          "text": "September",
        },
        {
          "op": "insert",
          "text": "Oktober",
        },
        {
          "op": "equal",
          "text": "lalu.",
        },
      ]
    `);
  });

  it('shows a deleted word, an inserted one and a case change', () => {
    expect(
      similarity(
        'kremlin telah menyampaikan bahwa Putin setuju.',
        'Kremlin menyampaikan bahwa Putin dengan senang hati setuju.',
      ).diff,
    ).toMatchInlineSnapshot(`
      [
        {
          "op": "delete",
          "text": "Kremlin",
        },
        {
          "op": "insert",
          "text": "kremlin telah",
        },
        {
          "op": "equal",
          "text": "menyampaikan bahwa Putin",
        },
        {
          "op": "delete",
          "text": "dengan senang hati",
        },
        {
          "op": "equal",
          "text": "setuju.",
        },
      ]
    `);
  });
});
