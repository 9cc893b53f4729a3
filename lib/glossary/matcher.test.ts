import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, foldCase } from './matcher';
import type { GlossaryEntry, NameVariant } from './types';

type VariantSpec = string | { text: string; caseInsensitive?: boolean; onlyIn?: string[] };

function entry(id: string, names: { id?: VariantSpec[]; en?: VariantSpec[] }): GlossaryEntry {
  const toVariant = (spec: VariantSpec): NameVariant =>
    typeof spec === 'string' ? { text: spec, caseInsensitive: false } : { caseInsensitive: false, ...spec };
  const variants = { id: (names.id ?? []).map(toVariant), en: (names.en ?? []).map(toVariant) };
  return {
    id,
    type: 'place',
    name: { id: variants.id[0]?.text ?? id, en: variants.en[0]?.text ?? id },
    variants,
    notes: { id: 'catatan', en: 'note' },
  };
}

const matcher = createMatcher([
  entry('korea', { id: ['Korea'], en: ['Korea'] }),
  entry('north-korea', { id: ['Korea Utara'], en: ['North Korea', 'North Korean'] }),
  entry('kim-jong-un', {
    id: ['Kim Jong Un', { text: 'Kim', onlyIn: ['seed'] }],
    en: ['Kim Jong Un', { text: 'Kim', onlyIn: ['seed'] }],
  }),
  entry('russia', { id: ['Rusia'], en: ['Russia'] }),
  entry('vladimir-putin', { id: ['Vladimir Putin', 'Putin'], en: ['Vladimir Putin', 'Putin'] }),
  entry('korean-peninsula', {
    id: [{ text: 'semenanjung Korea', caseInsensitive: true }],
    en: [{ text: 'Korean Peninsula', caseInsensitive: true }],
  }),
  entry('far-eastern-federal-university', {
    id: ['Universitas Federal Timur Jauh'],
    en: ['Far Eastern Federal University'],
  }),
  entry('kontan', { id: ['Kontan', 'KONTAN.CO.ID'], en: ['Kontan', 'KONTAN.CO.ID'] }),
  entry('komsomolsk-on-amur', { id: ['Komsomolsk-on-Amur'], en: ['Komsomolsk-on-Amur'] }),
  entry('ceske-budejovice', { en: ['České Budějovice'] }),
  entry('astral', { en: ['𝔸stral'] }),
]);

describe('findMentions', () => {
  it('prefers the longest name starting at the leftmost position', () => {
    expect(matcher.segment('Kim Jong Un dan Korea Utara, bukan Korea.', 'id')).toMatchInlineSnapshot(`
      [
        {
          "termId": "kim-jong-un",
          "text": "Kim Jong Un",
        },
        {
          "text": " dan ",
        },
        {
          "termId": "north-korea",
          "text": "Korea Utara",
        },
        {
          "text": ", bukan ",
        },
        {
          "termId": "korea",
          "text": "Korea",
        },
        {
          "text": ".",
        },
      ]
    `);
  });

  it('takes a multi-word institution as one name', () => {
    expect(matcher.findMentions('Kim mengunjungi Universitas Federal Timur Jauh.', 'id'))
      .toMatchInlineSnapshot(`
      [
        {
          "end": 46,
          "start": 16,
          "termId": "far-eastern-federal-university",
          "text": "Universitas Federal Timur Jauh",
        },
      ]
    `);
  });

  it('falls back to a shorter name when the longer one is cut off inside a word', () => {
    expect(matcher.segment('Korea Utarakan', 'id').map((p) => p.text)).toEqual(['Korea', ' Utarakan']);
    expect(matcher.segment('North Koreans and Korea', 'en')).toMatchInlineSnapshot(`
      [
        {
          "text": "North Koreans and ",
        },
        {
          "termId": "korea",
          "text": "Korea",
        },
      ]
    `);
  });

  it('never matches a name inside a longer word, including accented letters and combining marks', () => {
    const texts = [
      'Putinisme',
      'Rusiawan',
      'PraRusia',
      'éRusia',
      'Rusiaé',
      'Rusia\u0301',
      '3Rusia',
      'Rusia2',
    ];
    for (const text of texts) expect(matcher.findMentions(text, 'id'), text).toEqual([]);
  });

  it('matches next to punctuation, dashes and digits separated by spaces', () => {
    const pieces = matcher.segment('KONTAN.CO.ID - Russia–North Korea (Putin) 2023 "Kontan"', 'en');
    expect(pieces.filter((p) => 'termId' in p).map((p) => p.text)).toEqual([
      'KONTAN.CO.ID',
      'Russia',
      'North Korea',
      'Putin',
      'Kontan',
    ]);
  });

  it('keeps a hyphenated place name whole', () => {
    expect(matcher.findMentions('di Komsomolsk-on-Amur, bandara', 'id').map((m) => m.text)).toEqual([
      'Komsomolsk-on-Amur',
    ]);
  });

  it('matches a name before the Indonesian enclitic -nya, leaving the enclitic outside the mention', () => {
    expect(matcher.segment('Rusianya dan Putin-nya', 'id')).toMatchInlineSnapshot(`
      [
        {
          "termId": "russia",
          "text": "Rusia",
        },
        {
          "text": "nya dan ",
        },
        {
          "termId": "vladimir-putin",
          "text": "Putin",
        },
        {
          "text": "-nya",
        },
      ]
    `);
  });

  it('does not treat -nya as an enclitic in English text or when more letters follow it', () => {
    expect(matcher.findMentions('Russianya', 'en')).toEqual([]);
    expect(matcher.findMentions('Rusianyai', 'id')).toEqual([]);
  });

  it('matches a name before an English possessive with either apostrophe', () => {
    expect(matcher.segment("Putin's and Russia’s", 'en')).toMatchInlineSnapshot(`
      [
        {
          "termId": "vladimir-putin",
          "text": "Putin",
        },
        {
          "text": "'s and ",
        },
        {
          "termId": "russia",
          "text": "Russia",
        },
        {
          "text": "’s",
        },
      ]
    `);
  });

  it('matches a plain variant only in its exact case', () => {
    expect(matcher.findMentions('putin PUTIN rusia', 'id')).toEqual([]);
  });

  it('lets a case-insensitive variant start a sentence', () => {
    const mentions = matcher.findMentions('Semenanjung Korea tenang. Di semenanjung Korea juga.', 'id');
    expect(mentions.map((m) => [m.termId, m.text])).toEqual([
      ['korean-peninsula', 'Semenanjung Korea'],
      ['korean-peninsula', 'semenanjung Korea'],
    ]);
  });

  it('matches a variant limited to some articles only when reading one of them', () => {
    const text = "Kim's invitation";
    expect(matcher.findMentions(text, 'en')).toEqual([]);
    expect(matcher.findMentions(text, 'en', { article: 'other' })).toEqual([]);
    expect(matcher.findMentions(text, 'en', { article: 'seed' })).toEqual([
      { termId: 'kim-jong-un', start: 0, end: 3, text: 'Kim' },
    ]);
  });

  it('uses the variants of the requested language only', () => {
    expect(matcher.findMentions('Korea Utara and North Korea', 'en').map((m) => m.text)).toEqual([
      'Korea',
      'North Korea',
    ]);
  });

  it('reports UTF-16 offsets around non-ASCII and astral characters', () => {
    const text = 'İİ 𝔸 České Budějovice, 𝔸stral 𝔸stralx';
    const mentions = matcher.findMentions(text, 'en');
    expect(mentions.map((m) => m.termId)).toEqual(['ceske-budejovice', 'astral']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds nothing with an empty glossary or in empty text', () => {
    expect(createMatcher([]).segment('Putin', 'en')).toEqual([{ text: 'Putin' }]);
    expect(matcher.segment('', 'id')).toEqual([]);
  });
});

describe('foldCase', () => {
  it('never changes the length of a string, so offsets stay valid', () => {
    expect(foldCase('İSTANBUL Korea')).toHaveLength('İSTANBUL Korea'.length);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldCase(text).length === text.length));
  });
});

describe('segment, for any input', () => {
  // Glossary fragments mixed with arbitrary code points and lone surrogates, so that matches actually happen.
  const piece = fc.oneof(
    fc.constantFrom(
      'Kim',
      'Kim Jong Un',
      'Korea',
      ' Utara',
      'Rusia',
      'nya',
      '-',
      "'s",
      ' ',
      'İ',
      '\u0301',
      'semenanjung Korea',
    ),
    fc.string({ unit: 'binary', maxLength: 3 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  );
  const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: piece, maxLength: 30 }));
  const lang = fc.constantFrom('id' as const, 'en' as const);

  it('never throws and returns pieces that concatenate to the input in order', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        const pieces = matcher.segment(input, language, { article: 'seed' });
        expect(pieces.map((p) => p.text).join('')).toBe(input);
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('returns mentions in order, without overlaps, each slicing back to its text', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        let end = 0;
        for (const m of matcher.findMentions(input, language, { article: 'seed' })) {
          expect(m.start).toBeGreaterThanOrEqual(end);
          expect(input.slice(m.start, m.end)).toBe(m.text);
          end = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
