import { describe, expect, it } from 'vitest';
import { formatIssue } from './format-en';
import type { Issue } from './types';

describe('formatIssue', () => {
  it('words one issue of every check in English', () => {
    const issues: Issue[] = [
      { check: 'numbers', severity: 'error', params: { kind: 'missing', text: '74.000', value: 74000 } },
      { check: 'numbers', severity: 'error', params: { kind: 'extra', text: '1.500', value: 1.5 } },
      { check: 'identical', severity: 'warning', params: {} },
      { check: 'brackets', severity: 'warning', params: { kind: 'unclosed', mark: '“' } },
      { check: 'brackets', severity: 'warning', params: { kind: 'unopened', mark: ')' } },
      { check: 'final-punctuation', severity: 'warning', params: { original: '?', translation: '.' } },
      { check: 'spacing', severity: 'warning', params: { kind: 'double' } },
      { check: 'repeated-word', severity: 'warning', params: { word: 'the' } },
      {
        check: 'sentence-pairing',
        severity: 'warning',
        params: { original: 1, translation: 4, unpaired: 'translation' },
      },
      { check: 'glossary', severity: 'error', params: { termId: 'vostochny-cosmodrome', name: 'Vostochny' } },
    ];
    expect(issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "the number 74.000 in the original is not in the translation",
        "the number 1.500 in the translation is not in the original",
        "the translation is the same as the original",
        "the mark “ is opened but not closed",
        "the mark ) closes but nothing opened it",
        "the original ends with "?", the translation with "."",
        "more than one space in a row",
        ""the" is repeated",
        "a sentence in the translation has no counterpart (1 sentence in the original, 4 sentences in the translation)",
        "term "vostochny-cosmodrome" (Vostochny) appears in the original but none of its English names is in the translation",
      ]
    `);
  });
});
