import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedOriginal from '@/content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/id.json';
import seedTranslation from '@/content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/en.json';
import { splitSentences, type Language } from './sentences';

const texts = (text: string, lang: Language = 'id') =>
  splitSentences(text, lang).map((sentence) => sentence.text);
const seedText = (segments: { id: string; text: string }[], id: string) =>
  segments.find((segment) => segment.id === id)?.text ?? '';

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks followed by a capital', () => {
    expect(texts('Hujan turun. Apakah banjir? Ya! Warga mengungsi.')).toEqual([
      'Hujan turun.',
      'Apakah banjir?',
      'Ya!',
      'Warga mengungsi.',
    ]);
  });

  it('returns offsets that slice the text back out, with only whitespace between sentences', () => {
    const text = '  Satu.   Dua?\nTiga!  ';
    const sentences = splitSentences(text, 'id');
    expect(sentences).toMatchInlineSnapshot(`
      [
        {
          "end": 7,
          "start": 2,
          "text": "Satu.",
        },
        {
          "end": 14,
          "start": 10,
          "text": "Dua?",
        },
        {
          "end": 20,
          "start": 15,
          "text": "Tiga!",
        },
      ]
    `);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('returns no sentence for an empty or blank text', () => {
    expect(splitSentences('', 'id')).toEqual([]);
    expect(splitSentences(' \n\t ', 'en')).toEqual([]);
  });

  it('keeps a text without a terminator as one sentence', () => {
    expect(texts('Putin: Kolaborasi Rusia dan Korea Utara')).toEqual([
      'Putin: Kolaborasi Rusia dan Korea Utara',
    ]);
  });

  it('does not split after Indonesian titles and forms of address', () => {
    expect(
      texts('Bpk. Ahmad, Tn. Budi, Ny. Ani, Dr. Siti, Prof. Hasan dan H. Umar hadir. Acara dimulai pukul 9.'),
    ).toEqual([
      'Bpk. Ahmad, Tn. Budi, Ny. Ani, Dr. Siti, Prof. Hasan dan H. Umar hadir.',
      'Acara dimulai pukul 9.',
    ]);
  });

  it('does not split after Indonesian address, date, page and currency abbreviations', () => {
    expect(
      texts('Kantornya di Jl. Sudirman No. 5 sejak tgl. 3 Mei, lihat hlm. 12. Biayanya Rp. 5.000. Murah.'),
    ).toEqual([
      'Kantornya di Jl. Sudirman No. 5 sejak tgl. 3 Mei, lihat hlm. 12.',
      'Biayanya Rp. 5.000.',
      'Murah.',
    ]);
  });

  it('does not split after dotted Indonesian abbreviations a.n. and s.d.', () => {
    expect(texts('Surat a.n. Menteri berlaku 1 Mei s.d. 30 Juni. Setelah itu diperbarui.')).toEqual([
      'Surat a.n. Menteri berlaku 1 Mei s.d. 30 Juni.',
      'Setelah itu diperbarui.',
    ]);
  });

  it('does not split after dkk., nor after dll., dsb. and dst. when a lower-case word continues', () => {
    expect(
      texts('Studi Rahman dkk. menemukan beras, jagung dll. dan kedelai, dsb. yang turun. Itu penting.'),
    ).toEqual([
      'Studi Rahman dkk. menemukan beras, jagung dll. dan kedelai, dsb. yang turun.',
      'Itu penting.',
    ]);
  });

  it('splits after dll. that closes a list and a sentence before a capital', () => {
    expect(texts('Pasar menjual beras, gula, dll. Pemerintah mengawasi harga.')).toEqual([
      'Pasar menjual beras, gula, dll.',
      'Pemerintah mengawasi harga.',
    ]);
  });

  it('does not split after initials', () => {
    expect(texts('J. Smith dan B. J. Habibie bertemu. Mereka berbincang.')).toEqual([
      'J. Smith dan B. J. Habibie bertemu.',
      'Mereka berbincang.',
    ]);
  });

  it('does not split after English titles, U.S., months, No., e.g. and i.e.', () => {
    expect(
      texts(
        'Mr. Lee met Dr. Park in the U.S. on Jan. 5, i.e. a Friday. He cited rule No. 7, e.g. on trade. The answer was no. Then he left.',
        'en',
      ),
    ).toEqual([
      'Mr. Lee met Dr. Park in the U.S. on Jan. 5, i.e. a Friday.',
      'He cited rule No. 7, e.g. on trade.',
      'The answer was no.',
      'Then he left.',
    ]);
  });

  it('does not split inside decimals, thousands separators or domain names', () => {
    expect(
      texts('Ekonomi tumbuh 3.5 persen, gaji Rp 1.500.000 menurut KONTAN.CO.ID. Inflasi 2,3 persen.'),
    ).toEqual(['Ekonomi tumbuh 3.5 persen, gaji Rp 1.500.000 menurut KONTAN.CO.ID.', 'Inflasi 2,3 persen.']);
  });

  it('ends a sentence after the closing quote that follows its full stop', () => {
    expect(texts('Ia berkata, "Kami siap." Lalu ia pergi.')).toEqual([
      'Ia berkata, "Kami siap."',
      'Lalu ia pergi.',
    ]);
    expect(texts('She said: “We are ready.” Then she left.', 'en')).toEqual([
      'She said: “We are ready.”',
      'Then she left.',
    ]);
  });

  it('keeps a several-sentence quotation and its attribution together when a comma continues it', () => {
    expect(texts('"Kami siap. Kami akan menang," tulis Putin di Telegram. Pesan itu dikutip TASS.')).toEqual([
      '"Kami siap. Kami akan menang," tulis Putin di Telegram.',
      'Pesan itu dikutip TASS.',
    ]);
  });

  it('keeps a quoted question and its lower-case attribution together', () => {
    expect(texts('"Mengapa? Siapa yang setuju?" tanya Budi. Tidak ada jawaban.')).toEqual([
      '"Mengapa? Siapa yang setuju?" tanya Budi.',
      'Tidak ada jawaban.',
    ]);
  });

  it('treats a leading SITE - CITY. dateline as part of the first sentence', () => {
    expect(texts('KONTAN.CO.ID - MOSKOW. Putin berbicara. Kim mendengar.')).toEqual([
      'KONTAN.CO.ID - MOSKOW. Putin berbicara.',
      'Kim mendengar.',
    ]);
    expect(texts('REUTERS – KUALA LUMPUR. Harga naik.', 'en')).toEqual([
      'REUTERS – KUALA LUMPUR. Harga naik.',
    ]);
  });

  it('splits after an ellipsis before a capital but not before a lower-case continuation', () => {
    expect(texts('Ia ragu... lalu diam. Kemudian… Semua pulang.')).toEqual([
      'Ia ragu... lalu diam.',
      'Kemudian…',
      'Semua pulang.',
    ]);
  });

  it('keeps the seed p1 dateline with its sentence in both languages', () => {
    expect(texts(seedText(seedOriginal.segments, 'p1'))).toHaveLength(1);
    expect(texts(seedText(seedTranslation.segments, 'p1'), 'en')).toHaveLength(1);
  });

  it('keeps the seed p4 quotation and its attribution as one sentence', () => {
    expect(texts(seedText(seedOriginal.segments, 'p4'))).toEqual([seedText(seedOriginal.segments, 'p4')]);
    expect(texts(seedText(seedTranslation.segments, 'p4'), 'en')).toHaveLength(1);
  });

  it('splits the seed p6 into its two sentences', () => {
    expect(texts(seedText(seedOriginal.segments, 'p6'))).toMatchInlineSnapshot(`
      [
        "Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu, jadi salah satu momen hubungan internasional paling menonjol tahun ini.",
        "Dialognya dengan Putin diadakan pada 13 September di pelabuhan antariksa Vostochny.",
      ]
    `);
    expect(texts(seedText(seedTranslation.segments, 'p6'), 'en')).toMatchInlineSnapshot(`
      [
        "Kim Jong Un visited Russia from September 12 to 17, one of the most prominent moments in international relations this year.",
        "His talks with Putin were held on September 13 at the Vostochny spaceport.",
      ]
    `);
  });
});

describe('splitSentences on arbitrary text', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom(...'ab AB.?!…"“”,\'()\n1'.split('')), maxLength: 80 }),
  );
  const lang = fc.constantFrom<Language>('id', 'en');

  it('never throws and returns ordered, non-overlapping, non-empty sentences that cover every non-space character', () => {
    fc.assert(
      fc.property(anyText, lang, (text, language) => {
        const sentences = splitSentences(text, language);
        let covered = 0;
        for (const sentence of sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(covered);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(text.slice(covered, sentence.start)).toMatch(/^\s*$/);
          covered = sentence.end;
        }
        expect(text.slice(covered)).toMatch(/^\s*$/);
      }),
      { numRuns: 500 },
    );
  });
});
