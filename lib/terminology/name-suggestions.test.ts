import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Matcher } from '../glossary/matcher';
import { describeNameSuggestion, findNameSuggestions } from './name-suggestions';
import { importedArticle, realGlossary, seedArticle } from './test-articles';

let matcher: Matcher;

beforeAll(async () => {
  ({ matcher } = await realGlossary());
});

/** Suggested names for an article of these paragraphs, the first opening with a dateline. */
function namesIn(headline: string, ...paragraphs: string[]): string[] {
  const article = importedArticle([headline, ...paragraphs].join('\n\n'));
  return findNameSuggestions(article, matcher).map((s) => s.name);
}

describe('findNameSuggestions', () => {
  it('lists the capitalised names of the imported fixture article that the glossary lacks', () => {
    const raw = readFileSync(join(__dirname, '../import/fixtures/own-article.txt'), 'utf8');
    expect(findNameSuggestions(importedArticle(raw), matcher)).toMatchInlineSnapshot(`
      [
        {
          "count": 1,
          "name": "Pasar Induk Kramat Jati",
          "segment": "p1",
        },
        {
          "count": 1,
          "name": "Jakarta Timur",
          "segment": "p1",
        },
        {
          "count": 1,
          "name": "Ramadan",
          "segment": "p1",
        },
        {
          "count": 1,
          "name": "Jawa Tengah",
          "segment": "p3",
        },
        {
          "count": 1,
          "name": "Jawa Timur",
          "segment": "p3",
        },
        {
          "count": 1,
          "name": "Suryani",
          "segment": "p3",
        },
        {
          "count": 1,
          "name": "Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta",
          "segment": "p4",
        },
        {
          "count": 1,
          "name": "Lebaran",
          "segment": "p5",
        },
        {
          "count": 1,
          "name": "Badan Pusat Statistik",
          "segment": "p6",
        },
      ]
    `);
  });

  it('suggests nothing for the seed article, whose names are all in the glossary', async () => {
    expect(findNameSuggestions(await seedArticle(), matcher)).toEqual([]);
  });

  it('skips the Title Case headline and the dateline', () => {
    expect(
      namesIn('Harga Beras Naik di Pasar Senen', 'KOMPAS.COM - BANDUNG. Harga beras naik lagi.'),
    ).toEqual([]);
  });

  it('drops common sentence starters and sentence-initial words the article also writes in lower case', () => {
    const names = namesIn(
      'Judul',
      'KONTAN.CO.ID - JAKARTA. Menurut Bank Indonesia, inflasi turun.',
      'Pedagang di Pasar Senen mengeluh. Para pedagang lain diam. Namun Sri Mulyani optimistis.',
    );
    expect(names).toEqual(['Bank Indonesia', 'Pasar Senen', 'Sri Mulyani']);
  });

  it('keeps a lone sentence-initial word only when a mid-sentence capital confirms it is a name', () => {
    expect(
      namesIn('Judul', 'KONTAN.CO.ID - JAKARTA. Stok beras aman. Suryani berjualan di sana, kata Suryani.'),
    ).toEqual(['Suryani']);
    expect(namesIn('Judul', 'KONTAN.CO.ID - JAKARTA. Ia berkata: “Stok beras aman.”')).toEqual([]);
  });

  it('strips titles before a name and drops a title that stands alone', () => {
    expect(
      namesIn(
        'Judul',
        'KONTAN.CO.ID - JAKARTA. Presiden Joko Widodo bertemu Wakil Presiden Ma’ruf Amin dan Presiden Vladimir Putin.',
      ),
    ).toEqual(['Joko Widodo', 'Ma’ruf Amin']);
  });

  it('ignores months, weekdays and the rupiah sign, and counts repeated names once with their first segment', () => {
    const article = importedArticle(
      'Judul\n\nKONTAN.CO.ID - JAKARTA. Harga di Bandung Rp 5.000 pada Senin (4/3) di bulan Maret.\n\nDi Bandung sama.',
    );
    expect(findNameSuggestions(article, matcher)).toEqual([{ name: 'Bandung', segment: 'p1', count: 2 }]);
  });

  it('keeps an institution whole across its portfolio list, but not two institutions joined by "dan"', () => {
    expect(
      namesIn(
        'Judul',
        'KONTAN.CO.ID - JAKARTA. Data dari Kementerian Energi dan Sumber Daya Mineral serta Badan Pusat Statistik dan Bank Indonesia.',
      ),
    ).toEqual(['Kementerian Energi dan Sumber Daya Mineral', 'Badan Pusat Statistik', 'Bank Indonesia']);
  });
});

describe('describeNameSuggestion', () => {
  it('points at the original file and first segment and says how often the name occurs', () => {
    expect(describeNameSuggestion('harga-cabai', { name: 'Bandung', segment: 'p2', count: 3 })).toEqual({
      file: 'content/articles/harga-cabai/id.json',
      segment: 'p2',
      message: '"Bandung" (3 mentions) is not in the glossary',
    });
  });
});
