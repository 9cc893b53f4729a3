import { beforeAll, describe, expect, it } from 'vitest';
import type { WordAnalyser } from './analyse';
import { realAnalyser } from './test-analyser';

let analyser: WordAnalyser;
beforeAll(async () => {
  analyser = await realAnalyser();
});

const display = (form: string) => analyser.analyseWord(form).display;

describe('analyseWord', () => {
  it('gives the seed article’s affixed words their roots and affixes', () => {
    const pick = (form: string) => {
      const { root, prefixes, suffixes } = analyser.analyseWord(form);
      return { root, prefixes, suffixes };
    };
    expect(pick('kepuasannya')).toEqual({ root: 'puas', prefixes: ['ke-'], suffixes: ['-an', '-nya'] });
    expect(pick('disepakati')).toEqual({ root: 'sepakat', prefixes: ['di-'], suffixes: ['-i'] });
    expect(pick('berkontribusi')).toEqual({ root: 'kontribusi', prefixes: ['ber-'], suffixes: [] });
    expect(pick('perjanjian')).toEqual({ root: 'janji', prefixes: ['per-'], suffixes: ['-an'] });
    expect(pick('menyatakan')).toEqual({ root: 'nyata', prefixes: ['meN-'], suffixes: ['-kan'] });
  });

  it('shows prefixes as the word writes them, so a dropped first letter shows as the root’s', () => {
    expect(['disepakati', 'menyatakan', 'menulis', 'menyapu', 'mengirim', 'memukul', 'mengecat'].map(display))
      .toMatchInlineSnapshot(`
      [
        "di- + sepakat + -i",
        "me- + nyata + -kan",
        "men- + tulis",
        "meny- + sapu",
        "meng- + kirim",
        "mem- + pukul",
        "menge- + cat",
      ]
    `);
  });

  it('takes apart stacked prefixes and confixes', () => {
    expect(['memperbaiki', 'keberhasilan', 'pertemuannya', 'belajar'].map(display)).toMatchInlineSnapshot(`
      [
        "mem- + per- + baik + -i",
        "ke- + ber- + hasil + -an",
        "per- + temu + -an + -nya",
        "belajar",
      ]
    `);
  });

  it('marks reduplication, plain, affixed around the pair, or on its second half', () => {
    const cases = [
      'negara-negara',
      'berlari-lari',
      'sebesar-besarnya',
      'peraturan-peraturan',
      'tolong-menolong',
    ];
    expect(
      cases.map((form) => [
        analyser.analyseWord(form).root,
        analyser.analyseWord(form).reduplicated,
        display(form),
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "negara",
          true,
          "negara ×2",
        ],
        [
          "lari",
          true,
          "ber- + lari ×2",
        ],
        [
          "besar",
          true,
          "se- + besar ×2 + -nya",
        ],
        [
          "atur",
          true,
          "(per- + atur + -an) ×2",
        ],
        [
          "tolong",
          true,
          "tolong + men- + tolong",
        ],
      ]
    `);
  });

  it('never cuts a root the lexicon lists, so pesawat is not pe- + sawat', () => {
    expect(['pesawat', 'bukan', 'masyarakat'].map((form) => analyser.analyseWord(form).root)).toEqual([
      'pesawat',
      'bukan',
      'masyarakat',
    ]);
  });

  it('strips only safe affixes from a word it does not know, and says it does not know it', () => {
    expect(analyser.analyseWord('mengoptimasikan')).toMatchObject({ root: 'optimasi', known: false });
    expect(analyser.analyseWord('dimonetisasi')).toMatchObject({ root: 'monetisasi', suffixes: [] });
    expect(analyser.analyseWord('Vostochny')).toMatchObject({
      root: 'vostochny',
      prefixes: [],
      known: false,
    });
  });

  it('keeps the form as written and analyses it case-insensitively', () => {
    expect(analyser.analyseWord('Disepakati')).toMatchObject({ form: 'Disepakati', root: 'sepakat' });
  });
});

describe('analyseText', () => {
  it('analyses the words outside the given name mentions', () => {
    const text = 'Kim berkunjung ke Korea Utara';
    const words = analyser.analyseText(text, [
      { start: 0, end: 3 },
      { start: 18, end: 29 },
    ]);
    expect(words.map((w) => `${w.text}@${w.start}: ${w.analysis.display}`)).toEqual([
      'berkunjung@4: ber- + kunjung',
      'ke@15: ke',
    ]);
  });
});
