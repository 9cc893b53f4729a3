import { describe, expect, it } from 'vitest';
import { parseReveals, toggle } from './reveal-state';

describe('parseReveals', () => {
  it('reads back what was stored', () => {
    const state = { full: ['translation-p1'], sentences: ['p2.s1'] };
    expect(parseReveals(JSON.stringify(state))).toEqual(state);
  });

  it('counts nothing as revealed when storage holds nothing, garbage or the wrong shape', () => {
    for (const stored of [null, 'not json', '42', '{"full":"p1","sentences":[1,"p2.s1"]}'])
      expect(parseReveals(stored)).toEqual({
        full: [],
        sentences: stored?.includes('p2.s1') ? ['p2.s1'] : [],
      });
  });
});

describe('toggle', () => {
  it('adds an id that is missing and removes one that is there', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
