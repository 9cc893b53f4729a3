import { describe, expect, it } from 'vitest';
import { isBlank, removeInvisible, textProblem } from './policy';
import { printable, printableJson } from './printable';

describe('textProblem', () => {
  it('accepts ordinary text with quotes, dashes and accents', () => {
    expect(textProblem('“Déjà” – 5% & <more>')).toBeUndefined();
  });

  it.each([
    ['Pu\u200btin', 'invisible character U+200B'],
    ['Korea\u00adUtara', 'invisible character U+00AD'],
    ['Putin\u202e', 'invisible character U+202E'],
    ['bell\u0007', 'control character U+0007'],
    ['c1\u0085', 'control character U+0085'],
    ['two\nlines', 'control character U+000A'],
  ])('refuses %j naming %s', (text, named) => {
    expect(textProblem(text)).toContain(named);
  });

  it('allows newlines only where the format does', () => {
    expect(textProblem('two\nlines', { newlines: true })).toBeUndefined();
  });
});

describe('removeInvisible and isBlank', () => {
  it('removes invisible characters, counting them', () => {
    expect(removeInvisible('Ko\u00adrea\u200b')).toEqual({ text: 'Korea', removed: 2 });
  });

  it('counts a text of only invisible characters as blank', () => {
    expect(isBlank('\u200b \u2060')).toBe(true);
  });
});

describe('printable', () => {
  it('escapes control, invisible and bidi characters but keeps newlines', () => {
    expect(printable('a\u001b[31m\u202eb\nc')).toBe('a\\x1b[31m\\u{202e}b\nc');
  });

  it('writes JSON a terminal shows as stored, still valid JSON', () => {
    const json = printableJson({ id: 'p\u202e\u0085' });
    expect(json).not.toMatch(/[\u202e\u0085]/);
    expect(JSON.parse(json)).toEqual({ id: 'p\u202e\u0085' });
  });
});
