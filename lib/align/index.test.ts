import { describe, expect, it } from 'vitest';
import seedOriginal from '@/content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/id.json';
import seedTranslation from '@/content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/en.json';
import seedGold from './gold/seed.json';
import authoredGold from './gold/authored.json';
import { alignSegment, alignmentOverrideSchema, describeGroups, type SentencePair } from './index';
import { alignByIndex, evaluateAlignment } from './evaluate';
import { goldSetSchema } from './gold';

const shape = (pairs: SentencePair[]) =>
  pairs.map((pair) => `${pair.id}: ${pair.original.length}-${pair.translation.length}`);

describe('alignSegment', () => {
  it('aligns every seed segment sentence by sentence, with ids s1, s2, …', () => {
    const shapes = seedOriginal.segments.map((segment, k) => {
      const pairs = alignSegment(segment.text, seedTranslation.segments[k]?.text ?? '');
      return `${segment.id} ${shape(pairs).join(', ')}`;
    });
    expect(shapes).toMatchInlineSnapshot(`
      [
        "headline s1: 1-1",
        "p1 s1: 1-1",
        "p2 s1: 1-1",
        "p3 s1: 1-1",
        "p4 s1: 1-1",
        "p5 s1: 1-1",
        "p6 s1: 1-1, s2: 1-1",
        "p7 s1: 1-1",
        "p8 s1: 1-1",
        "p9 s1: 1-1, s2: 1-1",
      ]
    `);
  });

  it('returns sentences with offsets into the paragraph they came from', () => {
    const original = 'Rupiah melemah. Pada penutupan, mata uang itu di Rp 15.600.';
    const translation = 'The rupiah weakened, closing at Rp 15,600.';
    const [pair] = alignSegment(original, translation);
    expect(pair?.original.map((sentence) => original.slice(sentence.start, sentence.end))).toEqual([
      'Rupiah melemah.',
      'Pada penutupan, mata uang itu di Rp 15.600.',
    ]);
    expect(pair?.translation.map((sentence) => sentence.text)).toEqual([translation]);
  });

  it('follows an author override instead of Gale–Church', () => {
    const override = alignmentOverrideSchema.parse(['1-0', '1-1']);
    const pairs = alignSegment('Satu. Dua.', 'One and two.', override);
    expect(shape(pairs)).toEqual(['s1: 1-0', 's2: 1-1']);
  });

  it('rejects an override whose counts do not add up to the sentences', () => {
    const override = alignmentOverrideSchema.parse(['1-1']);
    expect(() => alignSegment('Satu. Dua.', 'One. Two.', override)).toThrowErrorMatchingInlineSnapshot(
      `[Error: alignment override covers 1 original and 1 translation sentences, but the texts have 2 and 2]`,
    );
  });
});

describe('alignmentOverrideSchema', () => {
  it('reads "<original>-<translation>" counts into groups', () => {
    expect(alignmentOverrideSchema.parse(['1-1', '2-1', '0-1'])).toEqual([
      { original: 1, translation: 1 },
      { original: 2, translation: 1 },
      { original: 0, translation: 1 },
    ]);
  });

  it('rejects malformed groups, empty groups and empty overrides', () => {
    expect(alignmentOverrideSchema.safeParse(['1:1']).success).toBe(false);
    expect(alignmentOverrideSchema.safeParse(['0-0']).success).toBe(false);
    expect(alignmentOverrideSchema.safeParse([]).success).toBe(false);
    expect(alignmentOverrideSchema.safeParse([[1], [1, 2]]).success).toBe(false);
  });

  it('round-trips through describeGroups', () => {
    const groups = [
      { source: [0], target: [0, 1] },
      { source: [1, 2], target: [2] },
    ];
    expect(describeGroups(groups)).toEqual(['1-2', '2-1']);
  });
});

describe('the gold sets', () => {
  const seed = goldSetSchema.parse(seedGold);
  const authored = goldSetSchema.parse(authoredGold);

  it('hold the seed article text unchanged, sentence by sentence', () => {
    expect(seed.segments.map((segment) => segment.original.join(' '))).toEqual(
      seedOriginal.segments.map((segment) => segment.text),
    );
    expect(seed.segments.map((segment) => segment.translation.join(' '))).toEqual(
      seedTranslation.segments.map((segment) => segment.text),
    );
  });

  it('are reproduced by Gale–Church at least as well as by the index baseline', () => {
    for (const set of [seed, authored]) {
      expect(evaluateAlignment(set.segments).accuracy).toBeGreaterThanOrEqual(
        evaluateAlignment(set.segments, alignByIndex).accuracy,
      );
    }
    expect(evaluateAlignment(seed.segments).accuracy).toBe(1);
  });
});
