import { describe, expect, it } from 'vitest';
import { createMemory } from './memory';
import type { MemoryPair } from './types';

const pair = (original: string, translation: string, unit: string): MemoryPair => ({
  original,
  translation,
  source: { kind: 'tmx', file: 'test.tmx', unit },
});

const memory = createMemory([
  pair('Kim berkunjung ke pelabuhan antariksa Vostochny.', 'Kim visited the Vostochny spaceport.', '1'),
  pair('Kimia dasar diajarkan di sekolah.', 'Basic chemistry is taught at school.', '2'),
  pair('Ia minum kopi di kafé Vostochny.', 'He drank coffee at the Vostóchny café.', '3'),
]);

const highlighted = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map(({ start, end }) => text.slice(start, end));

describe('concordance', () => {
  it('finds a word in originals and translations, ignoring case and accents, with ranges to highlight', () => {
    const hits = memory.concordance('VOSTOCHNY');
    expect(hits.map((h) => h.source)).toMatchObject([{ unit: '1' }, { unit: '3' }]);
    const [, third] = hits;
    expect(highlighted(third!.translation, third!.ranges.translation)).toEqual(['Vostóchny']);
    expect(third?.ranges.translation).toEqual([{ start: 23, end: 32 }]);
  });

  it('maps ranges back through accents the query does not write', () => {
    const [hit] = memory.concordance('cafe');
    expect(highlighted(hit!.translation, hit!.ranges.translation)).toEqual(['café']);
    // The Indonesian "kafé" folds to "kafe", which is not "cafe".
    expect(hit!.ranges.original).toEqual([]);
  });

  it('matches substrings unless asked for whole words', () => {
    expect(memory.concordance('kim').map((h) => h.source)).toMatchObject([{ unit: '1' }, { unit: '2' }]);
    expect(memory.concordance('kim', { wholeWords: true }).map((h) => h.source)).toMatchObject([
      { unit: '1' },
    ]);
  });

  it('finds phrases across any spacing in the query, and honours the limit', () => {
    expect(memory.concordance('  pelabuhan   antariksa ')).toHaveLength(1);
    expect(memory.concordance('i', { limit: 2 })).toHaveLength(2);
    expect(memory.concordance('   ')).toEqual([]);
  });

  it('never matches across the end of one text and the start of the next', () => {
    const joined = createMemory([
      pair('Ia pergi ke Moskow', 'Kremlin said so', '1'),
      pair('Putin', 'Putin', '2'),
    ]);
    expect(joined.concordance('moskow kremlin')).toEqual([]);
    expect(joined.concordance('so putin')).toEqual([]);
  });
});
