import { describe, expect, it } from 'vitest';
import { checkSpacing } from './spacing';

const kinds = (text: string) => checkSpacing(text).map((i) => (i.check === 'spacing' ? i.params.kind : ''));

describe('checkSpacing', () => {
  it('accepts single spaces', () => {
    expect(kinds('Kim visited Russia.')).toEqual([]);
  });

  it('finds double, leading and trailing space, in reading order', () => {
    expect(kinds(' Kim  visited\t\tRussia. ')).toEqual(['leading', 'double', 'double', 'trailing']);
  });

  it('spans the run of spaces', () => {
    expect(checkSpacing('Kim   visited.')[0]?.spans).toEqual([{ side: 'translation', start: 3, end: 6 }]);
  });

  it('says nothing of a text that is only space, which the empty-translation rule covers', () => {
    expect(kinds('   ')).toEqual([]);
  });
});
