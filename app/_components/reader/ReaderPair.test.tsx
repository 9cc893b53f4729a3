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
const headline = (overrides: Partial<Segment> = {}): Segment => ({
  id: 'headline',
  kind: 'headline',
  original: 'Putin: Kolaborasi Rusia dan Korea Utara',
  translation: 'Putin: Russia–North Korea Collaboration',
  status: 'reviewed',
  ...overrides,
});
const pairLabels = {
  pair: 'Headline',
  original: 'Indonesian (original)',
  translation: 'English (translation)',
};

describe('ReaderPair, the headline', () => {
  it.each(LAYOUTS)(
    'makes the headline shown first in the %s layout the one h1, with its own lang',
    (layout) => {
      const { container } = render(
        <ReaderPair
          heading
          segment={headline()}
          labels={headingLabels}
          learner={{ layout, labels: { reveal: 'Show translation' } }}
        />,
      );
      const h1s = [...container.querySelectorAll('h1')];
      expect(h1s.map((h1) => [h1.lang, h1.textContent])).toEqual([
        layout === 'translation'
          ? ['en', 'Putin: Russia–North Korea Collaboration']
          : ['id', 'Putin: Kolaborasi Rusia dan Korea Utara'],
      ]);
      const blocks = [...container.querySelectorAll('[data-segment="headline"]')];
      expect(blocks.map((block) => block.getAttribute('lang'))).toEqual(
        layout === 'translation' ? ['en'] : layout === 'side-swapped' ? ['en', 'id'] : ['id', 'en'],
      );
    },
  );

  it('labels the pair and each side by its language, for screen readers', () => {
    render(<ReaderPair heading segment={headline()} labels={headingLabels} pairLabels={pairLabels} />);
    expect(screen.getByRole('group', { name: 'Headline' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Indonesian (original)' })).toContainElement(
      screen.getByRole('heading'),
    );
    expect(screen.getByRole('group', { name: 'English (translation)' })).toHaveTextContent(
      'Putin: Russia–North Korea Collaboration',
    );
  });

  it("makes the first block shown the pair's one Tab stop", () => {
    const stops = (layout: (typeof LAYOUTS)[number]) => {
      const { container, unmount } = render(
        <ReaderPair
          segment={headline()}
          labels={headingLabels}
          learner={{ layout, labels: { reveal: 'Show' } }}
        />,
      );
      const found = [...container.querySelectorAll<HTMLElement>('[tabindex="0"]')].map((el) => el.lang);
      unmount();
      return found;
    };
    expect(stops('side')).toEqual(['id']);
    expect(stops('side-swapped')).toEqual(['en']);
    expect(stops('translation')).toEqual(['en']);
  });

  it('shows a pending headline translation as a localized notice', () => {
    const { container } = render(
      <ReaderPair
        heading
        segment={headline({ status: 'pending', translation: '' })}
        labels={headingLabels}
      />,
    );
    const pending = container.querySelector('[lang="en"][data-status="pending"]');
    expect(pending?.textContent).toBe('Translation pending');
  });
});
