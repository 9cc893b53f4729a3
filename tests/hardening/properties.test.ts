import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '@/lib/glossary/load';
import { createMatcher, foldCase } from '@/lib/glossary/matcher';
import type { GlossaryEntry } from '@/lib/glossary/types';
import { decodeRawText } from '@/lib/import/decode-text';
import { importRawArticle } from '@/lib/import/import-article';

/** Every character but whitespace, in order: what an import must neither lose, add nor reorder. */
const ink = (text: string) => text.replace(/[\s\p{Zs}]/gu, '');

// Any UTF-16 string, lone surrogates included; and text made of pieces an article really has.
const anyText = fc.string({ unit: 'binary', maxLength: 400 });
const articleChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '“', '”', '—', '-') },
);
// One line of text, never blank, with no line or paragraph ending (CR, LF, U+2029; a U+2028 line
// separator inside a line is a soft break, read as a space): the breaks come from how the
// article joins lines.
const line = fc
  .string({ unit: articleChar, minLength: 1, maxLength: 60 })
  .filter((t) => ink(t) !== '' && !/[\r\n\u2029]/.test(t));

describe('the importer, for any input', () => {
  it('decodes any bytes to text or to a typed problem, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeRawText(bytes);
        if (!result.ok) expect(result.problem.message).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
  });

  it('imports any string to files or to problems with a message, never an exception', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = importRawArticle(text, { published: '2024-01-02', slug: 'property-test' });
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  // Articles shaped as editors paste them: a headline, a dateline paragraph, paragraphs whose
  // lines may be soft-wrapped, CRLF or CR line ends, odd spaces, and "Baca Juga:" lines anywhere
  // after the headline.
  const paragraph = fc.array(line, { minLength: 1, maxLength: 3 });
  const related = fc.option(line, { nil: undefined, freq: 3 });
  const article = fc.record({
    bom: fc.boolean(),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    headline: line,
    lede: paragraph,
    body: fc.array(fc.tuple(related, paragraph), { maxLength: 5 }),
  });

  it('keeps every character of the text, in order, minus only whitespace and the "Baca Juga:" markers', () => {
    fc.assert(
      fc.property(article, ({ bom, eol, headline, lede, body }) => {
        const paragraphs = [['KONTAN.CO.ID - JAKARTA. ', ...lede], ...body.map(([, p]) => p)];
        const titles = body.flatMap(([title]) => (title === undefined ? [] : [title]));
        const blocks = [
          [headline],
          paragraphs[0]!,
          ...body.flatMap(([title, p]) => (title === undefined ? [p] : [[`Baca Juga: ${title}`], p])),
        ];
        const raw = (bom ? '\uFEFF' : '') + blocks.map((b) => b.join(eol)).join(eol + eol) + eol;

        const result = importRawArticle(raw, { published: '2024-01-02', slug: 'property-test' });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const { original, meta, translation } = result.files;
        expect(ink(original.segments.map((s) => s.text).join(''))).toBe(
          ink([headline, ...paragraphs.flat()].join('')),
        );
        expect(meta.related.map((r) => ink(r.title))).toEqual(titles.map(ink));
        // One translation segment per original, none lost or invented.
        expect(translation.segments.map((s) => s.id)).toEqual(original.segments.map((s) => s.id));
        expect(new Set(original.segments.map((s) => s.id)).size).toBe(original.segments.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the glossary matcher with the real glossary', async () => {
  const { entries, problems } = await loadGlossary(join(__dirname, '../../content'));
  const matcher = createMatcher(entries);
  const byId = new Map<string, GlossaryEntry>(entries.map((e) => [e.id, e]));
  const lang = fc.constantFrom('id' as const, 'en' as const);
  const variantsOf = (entry: GlossaryEntry, language: 'id' | 'en') => entry.variants[language];
  // Real names scattered through arbitrary text, so that matches happen often.
  const names = entries.flatMap((e) => [...e.variants.id, ...e.variants.en].map((v) => v.text));
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...names, ' ', 'nya', '-', '.'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    maxLength: 25,
  });
  const word = /[\p{L}\p{N}\p{M}]/u;

  it('loads without problems (the properties below are about the real names)', () => {
    expect(problems).toEqual([]);
    expect(names.length).toBeGreaterThan(10);
  });

  it('finds only variants of the term it reports, in that language and, unless marked otherwise, that case', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        for (const m of matcher.findMentions(input, language)) {
          const variants = variantsOf(byId.get(m.termId)!, language).filter((v) => !v.onlyIn);
          const fits = variants.some((v) =>
            v.caseInsensitive ? foldCase(v.text) === foldCase(m.text) : v.text === m.text,
          );
          expect(fits, `${m.text} as ${m.termId}`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds names only as whole words (an Indonesian "-nya" may follow)', () => {
    fc.assert(
      fc.property(text, lang, (input, language) => {
        for (const m of matcher.findMentions(input, language)) {
          const before = input.slice(0, m.start);
          const after = input.slice(m.end).replace(language === 'id' ? /^nya/ : /^$/, '');
          expect(word.test(before.slice(-1)) && word.test(m.text[0]!)).toBe(false);
          expect(word.test(after[0] ?? '') && word.test(m.text.slice(-1))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always finds a name that stands alone between non-letters', () => {
    const gap = fc.string({
      unit: fc.constantFrom(' ', ',', '.', '(', ')', '"', '\n'),
      minLength: 1,
      maxLength: 4,
    });
    const everywhere = entries.flatMap((e) =>
      (['id', 'en'] as const).flatMap((language) =>
        e.variants[language].filter((v) => !v.onlyIn).map((v) => ({ id: e.id, language, text: v.text })),
      ),
    );
    fc.assert(
      fc.property(gap, fc.constantFrom(...everywhere), gap, (left, name, right) => {
        const input = `${left}${name.text}${right}`;
        const mention = matcher.findMentions(input, name.language).find((m) => m.start === left.length);
        // A longer name may start here (leftmost-longest); a shorter one never wins.
        expect(mention?.end ?? 0).toBeGreaterThanOrEqual(left.length + name.text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('segments any text into pieces that concatenate back to it, names matching findMentions', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyText), lang, (input, language) => {
        const pieces = matcher.segment(input, language);
        expect(pieces.map((p) => p.text).join('')).toBe(input);
        const named = pieces.filter((p): p is { text: string; termId: string } => 'termId' in p);
        expect(named.map((p) => [p.termId, p.text])).toEqual(
          matcher.findMentions(input, language).map((m) => [m.termId, m.text]),
        );
      }),
      { numRuns: 500 },
    );
  });
});
