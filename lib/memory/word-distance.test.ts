import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordDistance } from './word-distance';

/** The textbook full table, to hold the banded, cut-off one to. */
function levenshtein(a: number[], b: number[]): number {
  let row = b.map((_, j) => j + 1);
  a.forEach((word, i) => {
    const next = [i + 1];
    b.forEach((other, j) =>
      next.push(Math.min((j === 0 ? i : row[j - 1]!) + (word === other ? 0 : 1), row[j]! + 1, next[j]! + 1)),
    );
    row = next.slice(1);
  });
  return b.length === 0 ? a.length : row[b.length - 1]!;
}

describe('createWordDistance', () => {
  const distance = createWordDistance();
  const ids = (words: number[]) => Int32Array.from(words);

  it('counts word edits, and reports anything beyond the cap as cap + 1', () => {
    expect(distance(ids([1, 2, 3, 4]), ids([1, 9, 3, 4]), 4)).toBe(1);
    expect(distance(ids([1, 2, 3, 4]), ids([5, 6, 7, 8]), 2)).toBe(3);
    expect(distance(ids([1]), ids([1, 2, 3, 4, 5]), 3)).toBe(4);
    expect(distance(ids([]), ids([1, 2]), 5)).toBe(2);
  });

  it('agrees with the full table wherever the answer is within the cap', () => {
    const words = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 70 });
    fc.assert(
      fc.property(words, words, fc.integer({ min: 0, max: 40 }), (a, b, cap) => {
        expect(distance(ids(a), ids(b), cap)).toBe(Math.min(levenshtein(a, b), cap + 1));
      }),
      { numRuns: 500 },
    );
  });
});
