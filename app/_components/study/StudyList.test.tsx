// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { serializeStudyList, STUDY_STORAGE_KEY } from '@/lib/study/entry';
import { StudyList } from './StudyList';

const labels = {
  loading: 'Loading…',
  empty: 'Nothing saved yet.',
  remove: 'Remove',
  announceRemoved: 'Removed from your study list: {name}',
  open: 'Read it in the article',
  export: 'Export CSV',
  exportHint: 'For Anki.',
  indonesian: 'Indonesian',
  english: 'English',
};

beforeEach(() => localStorage.clear());

it('shows an empty state when nothing is saved', () => {
  render(<StudyList locale="en" articlesPath="/en/articles" labels={labels} />);
  expect(screen.getByText('Nothing saved yet.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
});

it('lists a saved name with its sentence in both languages, and removes it by name', () => {
  localStorage.setItem(
    STUDY_STORAGE_KEY,
    serializeStudyList([
      {
        termId: 'kremlin',
        name: { id: 'Kremlin', en: 'Kremlin' },
        note: { id: 'Catatan.', en: 'Note.' },
        sentence: { id: 'Kremlin menyatakan.', en: 'The Kremlin said.' },
        article: 'putin',
        segment: 'p9',
        savedAt: '2025-01-01T00:00:00.000Z',
      },
    ]),
  );
  const { container } = render(<StudyList locale="en" articlesPath="/en/articles" labels={labels} />);
  expect(container.querySelector('dd[lang="id"]')?.textContent).toBe('Kremlin menyatakan.');
  expect(container.querySelector('dd[lang="en"]')?.textContent).toBe('The Kremlin said.');
  expect(screen.getByRole('link', { name: 'Read it in the article' })).toHaveAttribute(
    'href',
    '/en/articles/putin#p9',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Remove Kremlin' }));
  expect(screen.getByText('Nothing saved yet.')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Removed from your study list: Kremlin');
  expect(localStorage.getItem(STUDY_STORAGE_KEY)).toBe(serializeStudyList([]));
});
