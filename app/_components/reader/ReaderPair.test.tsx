// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Segment } from '@/lib/content/types';
import { ReaderRow } from './ReaderRow';

const labels = { interfaceLang: 'id', pending: 'Terjemahan belum tersedia', note: 'Catatan penerjemah' };
const segment = (overrides: Partial<Segment>): Segment => ({
  id: 'p1',
  kind: 'paragraph',
  original: 'Kim berkunjung ke Rusia.',
  translation: 'Kim visited Russia.',
  status: 'reviewed',
  ...overrides,
});

describe('ReaderRow', () => {
  it('renders the original and its translation as twins with the same segment id and their own lang', () => {
    const { container } = render(<ReaderRow segment={segment({})} labels={labels} />);
    const blocks = [...container.querySelectorAll('[data-segment="p1"]')];
    expect(blocks.map((b) => [b.getAttribute('lang'), b.textContent])).toEqual([
      ['id', 'Kim berkunjung ke Rusia.'],
      ['en', 'Kim visited Russia.'],
    ]);
  });

  it('shows a pending translation as a localized notice in the interface language', () => {
    render(<ReaderRow segment={segment({ status: 'pending', translation: '' })} labels={labels} />);
    const notice = screen.getByText('Terjemahan belum tersedia');
    expect(notice).toHaveAttribute('lang', 'id');
    expect(notice.closest('[data-segment]')).toHaveAttribute('data-status', 'pending');
  });

  it('shows text that looks like markup as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = render(<ReaderRow segment={segment({ original: hostile })} labels={labels} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('[lang="id"]')?.textContent).toBe(hostile);
  });

  it('keeps the dateline inside the first paragraph, styled apart but with the text intact', () => {
    const original = 'KONTAN.CO.ID - MOSKOW. Pada peringatan 75 tahun.';
    const { container } = render(<ReaderRow segment={segment({ original })} labels={labels} />);
    expect(container.querySelector('.dateline')?.textContent).toBe('KONTAN.CO.ID - MOSKOW.');
    expect(container.querySelector('[lang="id"]')?.textContent).toBe(original);
  });

  it("shows a translator's note beside the translation", () => {
    render(<ReaderRow segment={segment({ note: 'The original says spacecraft.' })} labels={labels} />);
    expect(screen.getByText('The original says spacecraft.')).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Catatan penerjemah:')).toBeInTheDocument();
  });
});
