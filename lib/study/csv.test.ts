import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, studyListCsv, toCsv } from './csv';
import type { StudyEntry } from './entry';

const entry: StudyEntry = {
  termId: 'vostochny-cosmodrome',
  name: { id: 'Kosmodrom Vostochny', en: 'Vostochny Cosmodrome' },
  note: { id: 'Bandar antariksa Rusia.', en: 'Russia\'s "new" spaceport, in Amur.' },
  sentence: { id: 'Kim mengunjungi Vostochny, lalu pulang.', en: 'Kim visited Vostochny, then went home.' },
  article: 'putin',
  segment: 'p6',
  savedAt: '2025-01-01T00:00:00.000Z',
};

describe('toCsv', () => {
  it('quotes only the fields that need it, doubling their quotes, and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b,c', 'say "hi"'],
        ['line\nbreak', ''],
      ]),
    ).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak",\r\n');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('round-trips any strings through an RFC 4180 parser', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ') }), {
            minLength: 1,
            maxLength: 4,
          }),
          { maxLength: 6 },
        ),
        (rows) => {
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe('studyListCsv', () => {
  it('writes Anki headers, then front, back, context, root and analysis for each entry', () => {
    const csv = studyListCsv([entry], (e) => `https://sejajar.example/id/articles/${e.article}#${e.segment}`);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '#separator:comma',
      '#html:false',
      '#columns:front,back,context,root,analysis',
    ]);
    expect(parseCsv(csv).slice(3)).toEqual([
      [
        'Kosmodrom Vostochny',
        'Vostochny Cosmodrome\nRussia\'s "new" spaceport, in Amur.',
        'Kim mengunjungi Vostochny, lalu pulang.\nKim visited Vostochny, then went home.\nhttps://sejajar.example/id/articles/putin#p6',
        '',
        '',
      ],
    ]);
  });

  it('gives a saved word its root and its analysis', () => {
    const word = {
      ...entry,
      termId: 'word:disepakati',
      name: { id: 'disepakati', en: 'agreed' },
      word: { root: 'sepakat', analysis: 'di- + sepakat + -i' },
    };
    const [row] = parseCsv(studyListCsv([word], () => '')).slice(3);
    expect(row?.slice(0, 1).concat(row.slice(3))).toEqual(['disepakati', 'sepakat', 'di- + sepakat + -i']);
  });
});
