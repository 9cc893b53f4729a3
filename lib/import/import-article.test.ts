import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentJson } from '../content/format-json';
import { decodeRawText } from './decode-text';
import { importRawArticle } from './import-article';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const seedDir = join(
  __dirname,
  '../../content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi',
);
const stored = (name: string) => readFileSync(join(seedDir, name), 'utf8');

function importFixture(name: string, published = '2024-03-04') {
  const decoded = decodeRawText(fixture(name));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  const result = importRawArticle(decoded.text, { published });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.files;
}

describe('importRawArticle', () => {
  it('reproduces the stored original of the seed article byte for byte', () => {
    const files = importFixture('seed-raw.txt', '2023-10-12');
    expect(files.slug).toBe('putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi');
    expect(formatContentJson(files.original)).toBe(stored('id.json'));
  });

  it("finds the seed article's source, dateline and related items where the stored article has them", () => {
    const { meta } = importFixture('seed-raw.txt', '2023-10-12');
    const storedMeta = JSON.parse(stored('article.json'));
    expect(meta.source).toEqual(storedMeta.source);
    expect(meta.dateline).toBe('MOSKOW');
    expect(meta.published).toBe('2023-10-12');
    const shape = (items: { id: string; after: string; title: string }[]) =>
      items.map(({ id, after, title }) => ({ id, after, title }));
    expect(shape(meta.related)).toEqual(shape(storedMeta.related));
    for (const item of meta.related)
      expect(item.href).toMatch(/^https:\/\/www\.kontan\.co\.id\/search\/\?search=/);
  });

  it('links a related item to a search for its title on the source site', () => {
    const { meta } = importFixture('seed-raw.txt');
    expect(meta.related[1]?.href).toBe(
      'https://www.kontan.co.id/search/?search=Kim+Jong+Un+ke+Rusia+Korea+Utara+Luncurkan+Dua+Rudal+Balistik+ke+Laut',
    );
  });

  it('writes every English segment pending and empty, one per original segment', () => {
    const { original, translation } = importFixture('seed-raw.txt');
    expect(translation.segments).toEqual(
      original.segments.map(({ id }) => ({ id, status: 'pending', text: '' })),
    );
    expect(translation.related).toEqual([]);
  });

  it('imports an article of its own writing with curly quotes kept as written', () => {
    const files = importFixture('own-article.txt');
    expect(files.slug).toBe('harga-cabai-rawit-di-pasar-induk-kramat-jati-naik-dua-kali');
    expect(files.original.segments.map((s) => s.id)).toEqual([
      'headline',
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
    ]);
    expect(files.original.segments[1]?.text).toMatch(/^KONTAN\.CO\.ID - JAKARTA\. Harga cabai/);
    expect(files.original.segments[3]?.text).toContain('“Pasokan dari Jawa Tengah');
    expect(files.original.segments[5]?.text).toContain('‘Stok beras dan minyak goreng aman hingga Lebaran,’');
    expect(files.meta.dateline).toBe('JAKARTA');
    expect(files.meta.related).toEqual([
      {
        id: 'r1',
        after: 'p3',
        title: 'Bapanas Siapkan Operasi Pasar Bawang dan Cabai di 10 Provinsi',
        href: 'https://www.kontan.co.id/search/?search=Bapanas+Siapkan+Operasi+Pasar+Bawang+dan+Cabai+di+10+Provinsi',
      },
    ]);
  });

  it('imports the same article saved with a BOM, CRLF, tabs and stray spaces identically to the clean one', () => {
    expect(importFixture('own-article-crlf-bom-tabs.txt')).toEqual(importFixture('own-article.txt'));
  });

  it('uses the slug it is given instead of the headline', () => {
    const decoded = decodeRawText(fixture('own-article.txt'));
    if (!decoded.ok) throw new Error('fixture does not decode');
    const result = importRawArticle(decoded.text, { published: '2024-03-04', slug: 'cabai-rawit' });
    expect(result.ok && result.files.slug).toBe('cabai-rawit');
  });

  it('names an unknown site after itself and links to its domain', () => {
    const result = importRawArticle(
      'Judul Berita\n\nEXAMPLE.ID - BANDUNG. Isi berita.\n\nBaca Juga: Berita Lain\n',
      { published: '2024-01-01' },
    );
    expect(result.ok && result.files.meta.source).toEqual({
      name: 'EXAMPLE.ID',
      site: 'EXAMPLE.ID',
      url: 'https://www.example.id/',
    });
    expect(result.ok && result.files.meta.related[0]?.href).toBe(
      'https://www.example.id/search?q=Berita+Lain',
    );
  });

  it('joins the soft-wrapped lines of a paragraph with one space', () => {
    const result = importRawArticle('Judul\n\nKONTAN.CO.ID - MEDAN. Baris satu\nbaris dua.\n', {
      published: '2024-01-01',
    });
    expect(result.ok && result.files.original.segments[1]?.text).toBe(
      'KONTAN.CO.ID - MEDAN. Baris satu baris dua.',
    );
  });
});

describe('importRawArticle with Unicode line and paragraph separators', () => {
  // Text copied from web pages and word processors can carry U+2028 and U+2029 instead of
  // newlines. A "Baca Juga:" line holding one was read as body text (found by the property test).
  const raw = [
    'Harga Cabai Naik',
    '',
    'KONTAN.CO.ID - JAKARTA. Harga cabai naik\u2028di pasar induk.',
    'Baca Juga: Harga Bawang\u2028Turun',
    'Pedagang mengeluh.\u2029Pembeli berkurang.',
  ].join('\n');

  it('reads a line separator as a space and a paragraph separator as the end of a paragraph', () => {
    const result = importRawArticle(raw, { published: '2024-03-04' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.files.original.segments.map((s) => s.text)).toEqual([
      'Harga Cabai Naik',
      'KONTAN.CO.ID - JAKARTA. Harga cabai naik di pasar induk.',
      'Pedagang mengeluh.',
      'Pembeli berkurang.',
    ]);
  });

  it('reads a "Baca Juga:" line with a line separator in its title as a related article', () => {
    const result = importRawArticle(raw, { published: '2024-03-04' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.files.meta.related.map(({ after, title }) => ({ after, title }))).toEqual([
      { after: 'p1', title: 'Harga Bawang Turun' },
    ]);
  });
});

describe('importRawArticle refuses an article it cannot read', () => {
  const problemsOf = (name: string) => {
    const decoded = decodeRawText(fixture(name));
    if (!decoded.ok) throw new Error(decoded.problem.message);
    const result = importRawArticle(decoded.text, { published: '2024-01-01' });
    return result.ok ? [] : result.problems;
  };

  it('refuses a headline with no body paragraphs', () => {
    expect(problemsOf('headline-only.txt')).toEqual([
      { line: 1, message: 'no body paragraphs after the headline (separate paragraphs with blank lines)' },
    ]);
  });

  it('refuses a first paragraph without a dateline, naming its line', () => {
    expect(problemsOf('no-dateline.txt')).toEqual([
      {
        line: 3,
        message:
          'first paragraph does not start with a dateline like "KONTAN.CO.ID - JAKARTA." (the source is read from it)',
      },
    ]);
  });

  it('refuses a "Baca Juga:" line with no title', () => {
    const result = importRawArticle('Judul\n\nKONTAN.CO.ID - MEDAN. Isi.\n\nBaca juga:\n', {
      published: '2024-01-01',
    });
    expect(result.ok ? [] : result.problems).toEqual([
      { line: 5, message: '"Baca Juga:" line has no title' },
    ]);
  });
});
