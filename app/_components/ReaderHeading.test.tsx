// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '@/lib/content/types';
import { LAYOUTS } from './reader-layout';
import { ReaderHeading } from './ReaderHeading';

const labels = { interfaceLang: 'en', pending: 'Translation pending', note: "Translator's note" };
const learnerLabels = {
  reveal: 'Show translation',
  listen: { listen: 'Listen', noVoice: 'No Indonesian voice', noSpeech: 'No speech' },
  listenName: 'Listen to this paragraph',
};
const headline = (overrides: Partial<Segment> = {}): Segment => ({
  id: 'headline',
  kind: 'headline',
  original: 'Putin: Kolaborasi Rusia dan Korea Utara',
  translation: 'Putin: Russia–North Korea Collaboration',
  status: 'reviewed',
  ...overrides,
});

describe('ReaderHeading', () => {
  it.each(LAYOUTS)('holds only phrasing content in its h1 in the %s layout', (layout) => {
    const { container } = render(
      <ReaderHeading segment={headline()} labels={labels} learner={{ layout, labels: learnerLabels }} />,
    );
    const h1 = container.querySelector('h1')!;
    // A heading may hold phrasing content only: a <p> or <div> inside it is invalid HTML.
    expect(h1.querySelector('p, div, section, ul')).toBeNull();
    const headlines = [...h1.querySelectorAll('[data-segment="headline"]')];
    expect(headlines.map((block) => block.getAttribute('lang'))).toEqual(
      layout === 'translation' ? ['en'] : layout === 'side-swapped' ? ['en', 'id'] : ['id', 'en'],
    );
  });

  it('keeps a pending headline translation inside the heading as a localized notice', () => {
    const { container } = render(
      <ReaderHeading segment={headline({ status: 'pending', translation: '' })} labels={labels} />,
    );
    const pending = container.querySelector('h1 [data-status="pending"]');
    expect(pending?.tagName).toBe('SPAN');
    expect(pending?.textContent).toBe('Translation pending');
  });
});
