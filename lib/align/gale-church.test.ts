import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, moveCost } from './gale-church';

const sentence = (length: number) => 'x'.repeat(length);

describe('alignSentences', () => {
  it('pairs sentences one to one when their lengths match', () => {
    expect(alignSentences([sentence(120), sentence(80)], [sentence(118), sentence(78)])).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
    ]);
  });

  it('groups one long sentence with the two short translations that together match it', () => {
    const source = [
      'Tim SAR gabungan menemukan dua korban terakhir longsor di Desa Cibenda pada Rabu pagi, sehingga seluruh 14 warga yang dilaporkan hilang kini telah ditemukan.',
      'Operasi pencarian resmi ditutup pada sore harinya.',
    ];
    const target = [
      'A joint search and rescue team found the last two victims of the landslide in Cibenda village on Wednesday morning.',
      'All 14 residents reported missing have now been found.',
      'The search operation was officially closed that afternoon.',
    ];
    expect(alignSentences(source, target)).toMatchInlineSnapshot(`
      [
        {
          "source": [
            0,
          ],
          "target": [
            0,
            1,
          ],
        },
        {
          "source": [
            1,
          ],
          "target": [
            2,
          ],
        },
      ]
    `);
  });

  it('groups two short sentences with the one translation that merges them', () => {
    expect(alignSentences([sentence(60), sentence(60)], [sentence(118)])).toEqual([
      { source: [0, 1], target: [0] },
    ]);
  });

  it('leaves a sentence unmatched only when no grouping explains the lengths', () => {
    expect(alignSentences([sentence(100), sentence(100), sentence(100)], [sentence(100)])).toHaveLength(2);
    expect(alignSentences([sentence(50)], [])).toEqual([{ source: [0], target: [] }]);
    expect(alignSentences([], [sentence(50)])).toEqual([{ source: [], target: [0] }]);
  });

  it('returns no group for two empty lists', () => {
    expect(alignSentences([], [])).toEqual([]);
  });

  it('penalises a worse length match more than a better one', () => {
    expect(moveCost(100, 98, 0.89)).toBeLessThan(moveCost(100, 60, 0.89));
    expect(moveCost(100, 98, 0.89)).toBeLessThan(moveCost(100, 98, 0.0445));
    expect(Number.isFinite(moveCost(1000, 0, 0.005))).toBe(true);
  });

  it('covers every source and target index exactly once, in order, in groups of at most two', () => {
    const lengths = fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 });
    fc.assert(
      fc.property(lengths, lengths, (sourceLengths, targetLengths) => {
        const groups = alignSentences(sourceLengths.map(sentence), targetLengths.map(sentence));
        expect(groups.flatMap((group) => group.source)).toEqual(sourceLengths.map((_, k) => k));
        expect(groups.flatMap((group) => group.target)).toEqual(targetLengths.map((_, k) => k));
        for (const group of groups) {
          expect(group.source.length + group.target.length).toBeGreaterThan(0);
          expect(group.source.length).toBeLessThanOrEqual(2);
          expect(group.target.length).toBeLessThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
