// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '@/lib/content/types';
import { LAYOUTS } from './reader-layout';
import { ReaderPair } from './ReaderPair';

const labels = { interfaceLang: 'id', pending: 'Terjemahan belum tersedia', note: 'Catatan penerjemah' };
const segment = (overrides: Partial<Segment>): Segment => ({
  id: 'p1',
  kind: 'paragraph',
  original: 'Kim berkunjung ke Rusia.',
  translation: 'Kim visited Russia.',
  status: 'reviewed',
  ...overrides,
});

describe('ReaderPair, a paragraph', () => {
  it('renders the original and its translation as twins with the same segment id and their own lang', () => {
    const { container } = render(<ReaderPair segment={segment({})} labels={labels} />);
    const blocks = [...container.querySelectorAll('[data-segment="p1"]')];
    expect(blocks.map((b) => [b.getAttribute('lang'), b.textContent])).toEqual([
      ['id', 'Kim berkunjung ke Rusia.'],
      ['en', 'Kim visited Russia.'],
    ]);
  });

  it('shows a pending translation as a localized notice in the interface language', () => {
    render(<ReaderPair segment={segment({ status: 'pending', translation: '' })} labels={labels} />);
    const notice = screen.getByText('Terjemahan belum tersedia');
    expect(notice).toHaveAttribute('lang', 'id');
    expect(notice.closest('[data-segment]')).toHaveAttribute('data-status', 'pending');
  });

  it('shows text that looks like markup as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = render(<ReaderPair segment={segment({ original: hostile })} labels={labels} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('[lang="id"]')?.textContent).toBe(hostile);
  });

  it('keeps the dateline inside the first paragraph, styled apart but with the text intact', () => {
    const original = 'KONTAN.CO.ID - MOSKOW. Pada peringatan 75 tahun.';
    const { container } = render(<ReaderPair segment={segment({ original })} labels={labels} />);
    expect(container.querySelector('.dateline')?.textContent).toBe('KONTAN.CO.ID - MOSKOW.');
    expect(container.querySelector('[lang="id"]')?.textContent).toBe(original);
  });

  it('styles a dateline the importer accepts, whatever the case of its site name', () => {
    const original = 'Kontan.co.id - JAKARTA. Harga cabai naik.';
    const { container } = render(<ReaderPair segment={segment({ original })} labels={labels} />);
    expect(container.querySelector('.dateline')?.textContent).toBe('Kontan.co.id - JAKARTA.');
  });

  it("shows a translator's note beside the translation", () => {
    render(<ReaderPair segment={segment({ note: 'The original says spacecraft.' })} labels={labels} />);
    expect(screen.getByText('The original says spacecraft.')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Catatan penerjemah:')).toBeInTheDocument();
  });
});

const headingLabels = { interfaceLang: 'en', pending: 'Translation pending', note: "Translator's note" };
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

describe('ReaderPair, the headline', () => {
  it.each(LAYOUTS)('holds only phrasing content in its h1 in the %s layout', (layout) => {
    const { container } = render(
      <ReaderPair
        heading
        segment={headline()}
        labels={headingLabels}
        learner={{ layout, labels: learnerLabels }}
      />,
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
      <ReaderPair
        heading
        segment={headline({ status: 'pending', translation: '' })}
        labels={headingLabels}
      />,
    );
    const pending = container.querySelector('h1 [data-status="pending"]');
    expect(pending?.tagName).toBe('SPAN');
    expect(pending?.textContent).toBe('Translation pending');
  });
});
