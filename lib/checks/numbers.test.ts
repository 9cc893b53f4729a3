import { describe, expect, it } from 'vitest';
import { checkNumbers } from './numbers';
import { readNumbers } from './read-numbers';

/** [Indonesian, English, values the translation lacks, values it adds]. */
const table: [string, string, number[], number[]][] = [
  // Real sentences from the seed article.
  [
    'Pada peringatan 75 tahun hubungan diplomatik antara Rusia dan Korea Utara',
    'Marking the 75th anniversary of diplomatic relations between Russia and North Korea',
    [],
    [],
  ],
  [
    'Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu. Dialognya dengan Putin diadakan pada 13 September.',
    'Kim Jong Un visited Russia from September 12 to 17. His talks with Putin were held on September 13.',
    [],
    [],
  ],
  [
    'Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu.',
    'Kim Jong Un visited Russia from September 12 to 18.',
    [17],
    [18],
  ],
  // Indonesian thousands and decimals.
  ['Produksi mencapai 74.000 ton.', 'Output reached 74,000 tonnes.', [], []],
  ['Produksi mencapai 74.000 ton.', 'Output reached 74 tonnes.', [74000], [74]],
  ['Harganya Rp 1.500 per kg.', 'It costs Rp 1,500 per kg.', [], []],
  ['Harganya Rp 1.500 per kg.', 'It costs IDR 1,500 per kg.', [], []],
  ['Harganya Rp 1.500 per kg.', 'It costs Rp 1.500 per kg.', [1500], [1.5]],
  ['Naik 1,5 poin.', 'Up 1.5 points.', [], []],
  ['Inflasi 5,2% pada 2024.', 'Inflation was 5.2% in 2024.', [], []],
  ['Inflasi 5,2 persen pada 2024.', 'Inflation was 5.2 percent in 2024.', [], []],
  ['Inflasi 5,2% pada 2024.', 'Inflation was 5.3% in 2023.', [5.2, 2024], [5.3, 2023]],
  ['Sebanyak 1.250.000,75 liter.', 'Some 1,250,000.75 litres.', [], []],
  // Multipliers, in figures and in words.
  ['Anggaran Rp 1,5 triliun.', 'A budget of Rp 1.5 trillion.', [], []],
  ['Anggaran Rp 1,5 triliun.', 'A budget of IDR 1,500 billion.', [], []],
  ['Anggaran Rp 1,5 triliun.', 'A budget of Rp 1.5 billion.', [1.5e12], [1.5e9]],
  ['Sebanyak satu juta orang.', 'One million people.', [], []],
  ['Sebanyak 1 juta orang.', 'A million people.', [], []],
  ['Sejuta orang hadir.', '1 million people came.', [], []],
  ['Utang US$ 2,3 miliar.', 'A debt of $2.3bn.', [], []],
  ['Sebanyak 1.250.000 orang.', 'Some 1.25 million people.', [], []],
  ['Sebanyak 74 ribu ton.', '74,000 tonnes.', [], []],
  // Spelled small numbers answer for figures, but are never required.
  ['Ada 2 negara.', 'There are two countries.', [], []],
  ['Kedua negara sepakat.', 'The two countries agreed.', [], []],
  ['Ada dua negara.', 'There are 2 countries.', [], []],
  ['Ada 3 negara.', 'There are two countries.', [3], []],
  // Times of day.
  ['Dimulai pukul 14.30 WIB.', 'It starts at 2:30 p.m. WIB.', [], []],
  ['Dimulai pukul 14.30 WIB.', 'It starts at 14:30 WIB.', [], []],
  ['Dimulai pukul 14.30 WIB.', 'It starts at 4:30 p.m. WIB.', [870], [990]],
  // Decades, dates and model names keep their digits in both languages.
  ['Pada 1990-an, MiG-29 dibeli.', 'In the 1990s, MiG-29s were bought.', [], []],
  ['Pada 13/9/2023.', 'On 9/13/2023.', [], []],
];

describe('checkNumbers', () => {
  it.each(table)('compares %j with %j', (original, translation, missing, extra) => {
    const issues = checkNumbers(original, translation);
    const values = (kind: string) =>
      issues.flatMap((i) => (i.check === 'numbers' && i.params.kind === kind ? [i.params.value] : []));
    expect({ missing: values('missing'), extra: values('extra') }).toEqual({ missing, extra });
  });

  it('reports each number as its side writes it, with a span there, as an error', () => {
    expect(checkNumbers('Harganya Rp 1.500.', 'It costs Rp 1.500.')).toMatchInlineSnapshot(`
      [
        {
          "check": "numbers",
          "params": {
            "kind": "missing",
            "text": "1.500",
            "value": 1500,
          },
          "severity": "error",
          "spans": [
            {
              "end": 17,
              "side": "original",
              "start": 12,
            },
          ],
        },
        {
          "check": "numbers",
          "params": {
            "kind": "extra",
            "text": "1.500",
            "value": 1.5,
          },
          "severity": "error",
          "spans": [
            {
              "end": 17,
              "side": "translation",
              "start": 12,
            },
          ],
        },
      ]
    `);
  });

  it('counts repeated numbers, so a dropped repetition is missing', () => {
    expect(checkNumbers('Naik 5% lalu 5% lagi.', 'Up 5% and then again.')).toHaveLength(1);
  });
});

describe('readNumbers', () => {
  it('keeps a multiplier with its figure and marks spelled numbers', () => {
    expect(
      readNumbers('Rp 1,5 triliun untuk dua kota', 'id').map(({ text, value, spelled }) => ({
        text,
        value,
        spelled,
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "spelled": undefined,
          "text": "1,5 triliun",
          "value": 1500000000000,
        },
        {
          "spelled": true,
          "text": "dua",
          "value": 2,
        },
      ]
    `);
  });

  it('reads a run that no rule reads whole as its parts', () => {
    expect(readNumbers('versi 1.2.3', 'id').map((n) => n.value)).toEqual([1, 2, 3]);
  });

  it('does not read number words inside other words', () => {
    expect(readNumbers('satuan tiga-tiganya someone often', 'id').map((n) => n.text)).toEqual(['tiga']);
    expect(readNumbers('someone often tone', 'en')).toEqual([]);
  });
});
