import { describe, expect, it } from 'vitest';
import { splitSentences } from '../align/sentences';
import { importRawArticle } from '../import/import-article';
import { parseDateline, splitDateline } from './dateline';

/**
 * Each paragraph opens with `lead`, text ending in a full stop. Where `lead` is a dateline, the
 * importer reads its site and city, the reader styles exactly `lead`, and the sentence splitter
 * keeps it with the sentence after it. Where it is not, the importer refuses the paragraph, the
 * reader styles nothing, and the splitter ends the first sentence at `lead`'s full stop.
 */
const cases: { lead: string; dateline?: { site: string; city: string } }[] = [
  { lead: 'KONTAN.CO.ID - MOSKOW.', dateline: { site: 'KONTAN.CO.ID', city: 'MOSKOW' } },
  { lead: 'Kontan.co.id - JAKARTA.', dateline: { site: 'Kontan.co.id', city: 'JAKARTA' } },
  { lead: 'Bisnis.com – NEW YORK.', dateline: { site: 'Bisnis.com', city: 'NEW YORK' } },
  { lead: 'TEMPO.CO — TANJUNG PRIOK.', dateline: { site: 'TEMPO.CO', city: 'TANJUNG PRIOK' } },
  { lead: "liputan6.com - KUALA LUMPUR.", dateline: { site: 'liputan6.com', city: 'KUALA LUMPUR' } },
  { lead: 'Presiden - kata dia.' },
  { lead: 'KONTAN.CO.ID - Jakarta.' },
  { lead: 'KONTAN.CO.ID JAKARTA.' },
  { lead: 'Kim Jong Un tiba pada 12 - 13 September.' },
  { lead: 'Harga naik - PERSEN.' },
];

const rest = 'Harga beras naik. Pedagang mengeluh.';
const paragraph = (lead: string) => `${lead} ${rest}`;

describe.each(cases)('a paragraph opening "$lead"', ({ lead, dateline }) => {
  const text = paragraph(lead);

  it(dateline ? 'parses as a dateline' : 'has no dateline', () => {
    expect(parseDateline(text)).toEqual(dateline && { ...dateline, end: lead.length, gap: ' ' });
  });

  it(dateline ? 'has exactly its dateline styled' : 'has nothing styled', () => {
    const split = splitDateline(text);
    expect(split.dateline).toBe(dateline ? lead : undefined);
    expect(`${split.dateline ?? ''}${split.gap}${split.rest}`).toBe(text);
  });

  it(dateline ? 'keeps the dateline with the sentence after it' : 'ends the first sentence at its stop', () => {
    const first = splitSentences(text, 'id')[0]?.text;
    expect(first).toBe(dateline ? `${lead} Harga beras naik.` : lead);
  });

  it(dateline ? 'is imported with its city and site' : 'is refused by the importer', () => {
    const result = importRawArticle(`Judul Berita\n\n${text}\n\nParagraf kedua.\n`, { published: '2024-03-04' });
    if (dateline) {
      expect(result.ok && { city: result.files.meta.dateline, site: result.files.meta.source.site }).toEqual(
        dateline,
      );
    } else {
      expect(!result.ok && result.problems.map((p) => p.message)).toEqual([
        expect.stringContaining('does not start with a dateline'),
      ]);
    }
  });
});

describe('splitDateline', () => {
  it('reads a dateline that is the whole paragraph, with nothing after it', () => {
    expect(splitDateline('KONTAN.CO.ID - JAKARTA.')).toEqual({ dateline: 'KONTAN.CO.ID - JAKARTA.', gap: '', rest: '' });
  });

  it('does not take a stop glued to the next word for a dateline', () => {
    expect(parseDateline('KONTAN.CO.ID - JAKARTA.Harga naik.')).toBeUndefined();
  });
});
