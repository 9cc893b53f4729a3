// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { alignSegment } from '@/lib/align';
import type { Segment } from '@/lib/content/types';
import { SegmentText } from './SegmentText';
import { sentenceSpans } from './sentence-runs';
import type { TermMarker } from './labels';

const original = 'KONTAN.CO.ID - MOSKOW. Putin tiba di Vostochny.  Ia bertemu Kim.';
const translation = 'KONTAN.CO.ID - MOSCOW. Putin arrived at Vostochny and met Kim.';
const segment: Segment = {
  id: 'p1',
  kind: 'paragraph',
  original,
  translation,
  status: 'reviewed',
  sentences: alignSegment(original, translation, [{ original: 2, translation: 1 }]),
};
// Marks "Vostochny" and "MOSKOW" wherever they occur in a piece.
const terms: TermMarker = {
  mark: (text) =>
    text
      .split(/(Vostochny|MOSKOW)/)
      .filter(Boolean)
      .map((part) =>
        part === 'Vostochny' || part === 'MOSKOW'
          ? { text: part, termId: part.toLowerCase() }
          : { text: part },
      ),
  href: (termId) => `/en/glossary#${termId}`,
};

it('keeps the text verbatim while cutting it into sentences, with the dateline and names marked inside them', () => {
  const { container } = render(
    <p>
      <SegmentText text={original} lang="id" terms={terms} sentences={sentenceSpans(segment, 'original')} />
    </p>,
  );
  expect(container.textContent).toBe(original);
  const sentences = [...container.querySelectorAll('[data-sentence]')];
  expect(sentences.map((s) => [s.getAttribute('data-sentence'), s.textContent])).toEqual([
    ['p1.s1', 'KONTAN.CO.ID - MOSKOW. Putin tiba di Vostochny.'],
    ['p1.s1', 'Ia bertemu Kim.'],
  ]);
  expect(sentences[0]?.querySelector('.dateline [data-term="moskow"]')).not.toBeNull();
  expect(sentences[0]?.querySelector('[data-term="vostochny"]')?.textContent).toBe('Vostochny');
});

it('renders a block without sentences as before', () => {
  const { container } = render(
    <p>
      <SegmentText text={translation} lang="en" terms={terms} />
    </p>,
  );
  expect(container.textContent).toBe(translation);
  expect(container.querySelector('[data-sentence]')).toBeNull();
});
