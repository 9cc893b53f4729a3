'use client';

import { useEffect, useState } from 'react';
import { loadTermCards } from '@/app/_components/glossary/term-cards';

export interface StudySaverLabels {
  save: string;
  saved: string;
  /** With `{name}`, e.g. "Saved to your study list: {name}". */
  announceSaved: string;
  /** Said when the glossary cards (name and note) could not be fetched. */
  saveFailed: string;
}

/**
 * Saves a glossary name to the study list: the Save button on its card, or the `s` key while a
 * glossary mention or its open card has focus.
 * Keyboard help: the `s` key belongs in the reader's shortcuts dialog (KeysHelp), "Save the
 * focused name to the study list". One delegated listener; the result is announced politely.
 */
export function StudySaver({
  article,
  cardsUrl,
  labels,
}: {
  article: string;
  /** The article's glossary cards (term-cards.ts): a saved entry keeps the name and note. */
  cardsUrl: string;
  labels: StudySaverLabels;
}) {
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const markSaved = (termId: string) => {
      for (const button of document.querySelectorAll(`[data-study-save="${CSS.escape(termId)}"]`)) {
        const label = button.querySelector('[data-save-label]') ?? button;
        label.textContent = labels.saved;
        button.setAttribute('data-saved', '');
      }
    };
    // A fresh text each time, so the same message twice is announced twice.
    const announce = (text: string) => {
      setAnnouncement('');
      requestAnimationFrame(() => setAnnouncement(text));
    };
    const save = async (termId: string, mention: Element | null) => {
      const loaded = await Promise.all([import('./study-capture'), loadTermCards(cardsUrl)]).catch(
        () => undefined,
      );
      if (!loaded) return announce(labels.saveFailed);
      const [{ saveFromPage }, cards] = loaded;
      const card = cards[termId];
      if (!card) return;
      const entry = saveFromPage(termId, card, mention, article);
      markSaved(termId);
      announce(labels.announceSaved.replace('{name}', entry.name.id));
    };
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('[data-study-save]') : null;
      const termId = button?.getAttribute('data-study-save');
      if (!termId) return;
      // The mention that opened the card carries `data-open` (GlossaryCards).
      void save(termId, document.querySelector(`[data-term="${CSS.escape(termId)}"][data-open]`));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // On a name, or inside the card it opened (whose Save says "S").
      const card = target?.closest<HTMLElement>('[data-term-card]');
      const mention = card
        ? document.querySelector(`[data-term="${CSS.escape(card.dataset.termCard ?? '')}"][data-open]`)
        : (target?.closest('[data-term]') ?? null);
      const termId = mention?.getAttribute('data-term');
      if (!mention || !termId || target?.closest('input, textarea, select')) return;
      event.preventDefault();
      void save(termId, mention);
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [article, cardsUrl, labels]);

  return (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  );
}
