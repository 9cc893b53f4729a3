import { describe, expect, it } from 'vitest';
import { stepWithin } from './roving';

const items = ['block', 'Putin', 'Kim', 'twin'];

describe('stepWithin', () => {
  it('goes right and left one item at a time, and to either end with Home and End', () => {
    expect(stepWithin(items, 'Putin', 'ArrowRight')).toBe('Kim');
    expect(stepWithin(items, 'Putin', 'ArrowLeft')).toBe('block');
    expect(stepWithin(items, 'Kim', 'Home')).toBe('block');
    expect(stepWithin(items, 'Putin', 'End')).toBe('twin');
  });

  it('stays put at either end and leaves other keys alone', () => {
    expect(stepWithin(items, 'twin', 'ArrowRight')).toBeUndefined();
    expect(stepWithin(items, 'block', 'ArrowLeft')).toBeUndefined();
    expect(stepWithin(items, 'block', 'Home')).toBeUndefined();
    expect(stepWithin(items, 'Putin', 'j')).toBeUndefined();
    expect(stepWithin(items, 'elsewhere', 'ArrowRight')).toBeUndefined();
  });
});
