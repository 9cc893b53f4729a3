import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSegment } from '@/lib/align';
import { cutIntoRuns, groupBySentence, sentenceSpans } from './sentence-runs';
import type { Segment } from '@/lib/content/types';

const original = 'KONTAN.CO.ID - MOSKOW. Putin tiba di Vostochny. Ia bertemu Kim Jong Un.';
const translation = 'KONTAN.CO.ID - MOSCOW. Putin arrived at Vostochny. He met Kim Jong Un.';
const segment: Segment = {
  id: 'p1',
  kind: 'paragraph',
  original,
  translation,
  status: 'reviewed',
  sentences: alignSegment(original, translation),
};

describe('cutIntoRuns', () => {
  it('cuts a block into its sentences and the space between them, with the dateline set apart', () => {
    const runs = cutIntoRuns(original, sentenceSpans(segment, 'original'), 'KONTAN.CO.ID - MOSKOW.'.length);
    expect(runs).toEqual([
      { text: 'KONTAN.CO.ID - MOSKOW.', dateline: true, sentence: 'p1.s1' },
      { text: ' Putin tiba di Vostochny.', dateline: false, sentence: 'p1.s1' },
      { text: ' ', dateline: false },
      { text: 'Ia bertemu Kim Jong Un.', dateline: false, sentence: 'p1.s2' },
    ]);
    expect(groupBySentence(runs).map((group) => group.sentence)).toEqual(['p1.s1', undefined, 'p1.s2']);
  });

  it('gives both sides the same sentence ids', () => {
    const ids = (side: 'original' | 'translation') => sentenceSpans(segment, side).map((s) => s.id);
    expect(ids('original')).toEqual(['p1.s1', 'p1.s2']);
    expect(ids('translation')).toEqual(ids('original'));
  });

  it('always joins back to the text, whatever the spans and dateline', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.tuple(fc.nat(), fc.nat())),
        fc.nat(),
        (text, pairs, datelineEnd) => {
          const spans = pairs.map(([a, b], k) => ({
            id: `s${k}`,
            start: Math.min(a, b),
            end: Math.max(a, b),
          }));
          expect(
            cutIntoRuns(text, spans, datelineEnd)
              .map((run) => run.text)
              .join(''),
          ).toBe(text);
        },
      ),
    );
  });
});
