import { describe, expect, it } from 'vitest';
import { checkIdentical } from './identical';

describe('checkIdentical', () => {
  it('warns when the translation is the original, ignoring surrounding space', () => {
    const original = 'Putin juga menyatakan kepuasannya.';
    expect(checkIdentical(original, ` ${original} `)).toEqual([
      { check: 'identical', severity: 'warning', params: {} },
    ]);
  });

  it.each([
    ['a name', 'Vladimir Putin'],
    ['an acronym', 'TASS'],
    ['a figure', '2024'],
    ['a dateline', 'KONTAN.CO.ID - MOSKOW.'],
  ])('accepts %s written alike in both languages', (_, text) => {
    expect(checkIdentical(text, text)).toEqual([]);
  });

  it('ignores an empty translation and a real one', () => {
    expect(checkIdentical('Kim berkunjung.', '')).toEqual([]);
    expect(checkIdentical('Kim berkunjung.', 'Kim visited.')).toEqual([]);
  });
});
