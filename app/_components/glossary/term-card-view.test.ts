// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { STUDY_STORAGE_KEY } from '@/lib/study/entry';
import { fillTermCard } from './term-card-view';
import type { TermCard } from './term-cards';

const labels = {
  open: 'Open in the glossary',
  pronunciation: 'Pronunciation',
  save: 'Save',
  saved: 'Saved',
  close: 'Close',
};
const vostochny: TermCard = {
  name: { id: 'Kosmodrom Vostochny', en: 'Vostochny Cosmodrome' },
  type: 'Facility',
  pronunciation: 'vuh-STOHCH-nee',
  note: { id: 'Bandar antariksa Rusia di Amur.', en: "Russia's spaceport in the Amur region." },
};

function fill(card: TermCard, locale: 'id' | 'en' = 'en') {
  const container = document.createElement('div');
  fillTermCard(container, 'vostochny-cosmodrome', card, {
    href: '/en/glossary#vostochny-cosmodrome',
    locale,
    labels,
  });
  return container;
}

afterEach(() => localStorage.clear());

describe('fillTermCard', () => {
  it('shows both names with their languages, the type, the pronunciation and the note in the interface language', () => {
    const card = fill(vostochny);
    expect(
      [...card.querySelectorAll('[lang]')].map((el) => `${el.getAttribute('lang')}:${el.textContent}`),
    ).toEqual([
      'id:Kosmodrom Vostochny',
      'en:Vostochny Cosmodrome',
      'en:vuh-STOHCH-nee',
      "en:Russia's spaceport in the Amur region.",
    ]);
    expect(card.textContent).toContain('Facility');
    expect(card.textContent).toContain('Pronunciation: vuh-STOHCH-nee');
    expect(card.dataset.termCard).toBe('vostochny-cosmodrome');
  });

  it('gives the Indonesian interface the Indonesian note', () => {
    expect(fill(vostochny, 'id').querySelector('p[lang="id"]')?.textContent).toBe(
      'Bandar antariksa Rusia di Amur.',
    );
  });

  it('writes a name once when both languages spell it alike, and leaves out a missing pronunciation', () => {
    const card = fill({ ...vostochny, name: { id: 'TASS', en: 'TASS' }, pronunciation: undefined });
    expect(card.querySelector('h2')?.textContent).toBe('TASS');
    expect(card.textContent).not.toContain('Pronunciation');
  });

  it('links to the entry and offers Save and Close, each reached by Tab and saying its key', () => {
    const card = fill(vostochny);
    const link = card.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/en/glossary#vostochny-cosmodrome');
    expect(link?.tabIndex).toBe(0);
    const save = card.querySelector<HTMLButtonElement>('[data-study-save]');
    expect(save?.textContent).toBe('Save S');
    expect(save?.getAttribute('aria-keyshortcuts')).toBe('s');
    expect(save?.getAttribute('data-study-save')).toBe('vostochny-cosmodrome');
    expect(save?.tabIndex).toBe(0);
    const close = card.querySelector<HTMLButtonElement>('[data-card-close]');
    expect(close?.textContent).toBe('Close Esc');
    expect(close?.getAttribute('aria-keyshortcuts')).toBe('Escape');
  });

  it('says Saved for a name already on the study list', () => {
    localStorage.setItem(
      STUDY_STORAGE_KEY,
      JSON.stringify({
        version: 1,
        entries: [
          {
            termId: 'vostochny-cosmodrome',
            name: vostochny.name,
            note: vostochny.note,
            sentence: { id: '', en: '' },
            article: 'a',
            segment: 'p6',
            savedAt: '2026-11-29T00:00:00.000Z',
          },
        ],
      }),
    );
    const save = fill(vostochny).querySelector('[data-study-save]');
    expect(save?.querySelector('[data-save-label]')?.textContent).toBe('Saved');
    expect(save?.hasAttribute('data-saved')).toBe(true);
  });

  it('shows a note that looks like markup as text', () => {
    const card = fill({ ...vostochny, note: { id: 'x', en: '<img src=x onerror=alert(1)><b>bold</b>' } });
    expect(card.querySelector('img, b')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)><b>bold</b>');
  });

  it('replaces the previous card rather than adding to it', () => {
    const container = fill(vostochny);
    fillTermCard(
      container,
      'tass',
      { ...vostochny, name: { id: 'TASS', en: 'TASS' } },
      {
        href: '/en/glossary#tass',
        locale: 'en',
        labels,
      },
    );
    expect(container.querySelectorAll('[data-study-save]')).toHaveLength(1);
    expect(container.textContent).not.toContain('Kosmodrom');
    expect(container.dataset.termCard).toBe('tass');
  });
});
