'use client';

import { useEffect, useRef } from 'react';
import type { WordCardsFile } from '@/lib/words/cards';
import { positionCard, releaseCard } from '@/app/_components/glossary/position-card';
import { isSavedOnDevice } from '@/app/_components/study/saved-on-device';
import { WORD_CARD_TITLE_ID, type WordCardLabels } from './word-card-view';
import { wordAtPoint, wordsIn } from './word-ranges';

const loadView = () => import('./word-card-view');
const loadSpeech = () => import('@/app/_components/reader/speech');
const loadCapture = () => import('@/app/_components/study/study-capture');
const HIGHLIGHT = 'sejajar-word';
const BLOCK = '[data-segment][lang="id"]';

const elementOf = (range: Range) => range.startContainer.parentElement;

/**
 * A card for every other Indonesian word of the original: its analysis ("di- + sepakat + -i"),
 * the root's vocabulary entry, dictionary links, Listen and Save. No element per word: a tap is
 * mapped to the word under it (word-ranges.ts), and the data comes from the article's
 * `words.json`, fetched on the reader's first touch. By keyboard, `w` on a focused Indonesian
 * paragraph starts a word cursor that ← → move, Enter enters the card and Escape ends. The card
 * is placed like a name's card (card-placement.ts): never over the sentence being read.
 */
export function WordCards({
  wordsUrl,
  article,
  labels,
}: {
  wordsUrl: string;
  article: string;
  labels: WordCardLabels;
}) {
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const card = dialog.current;
    if (!card) return;
    let data: Promise<WordCardsFile | undefined> | undefined;
    const words = () =>
      (data ??= fetch(wordsUrl)
        .then((response) => (response.ok ? (response.json() as Promise<WordCardsFile>) : undefined))
        .catch(() => undefined));
    let current: Range | undefined;
    let cursor: { block: HTMLElement; ranges: Range[]; index: number } | undefined;

    const highlight = (range: Range | undefined) => {
      if (typeof Highlight === 'undefined' || !CSS.highlights) return;
      if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
      else CSS.highlights.delete(HIGHLIGHT);
    };
    const close = (focusBack = false) => {
      card.hidden = true;
      releaseCard(card);
      highlight(undefined);
      current = undefined;
      const block = cursor?.block;
      cursor = undefined;
      if (focusBack) block?.focus();
    };
    const place = (range: Range, firstTime: boolean) => {
      const inside = elementOf(range);
      if (!inside?.closest(BLOCK) || !positionCard(card, range.getBoundingClientRect(), inside, firstTime))
        close();
    };
    const open = async (range: Range, focus: boolean) => {
      current = range;
      highlight(range);
      const form = range.toString();
      const [file, view] = await Promise.all([words(), loadView()]);
      if (current !== range) return;
      const word = file?.words[form.toLowerCase()];
      if (!word) return close();
      const saved = isSavedOnDevice(`word:${form.toLowerCase()}`);
      view.fillWordCard(card, form, word, word.entry ? file.entries[word.entry] : undefined, {
        labels,
        saved,
      });
      card.style.visibility = 'hidden';
      card.hidden = false;
      place(range, true);
      if (focus) document.getElementById(WORD_CARD_TITLE_ID)?.focus();
    };
    const save = async () => {
      const range = current;
      if (!range) return;
      const form = range.toString().toLowerCase();
      const [file, { saveFromPage }] = await Promise.all([words(), loadCapture()]);
      const word = file?.words[form];
      if (!word) return;
      const entry = word.entry ? file.entries[word.entry] : undefined;
      const senses = entry?.senses ?? [];
      saveFromPage(
        `word:${form}`,
        {
          name: { id: form, en: word.meaning ?? senses[0] ?? '' },
          note: { id: word.display, en: senses.join('; ') },
        },
        elementOf(range),
        article,
        { root: word.root, analysis: word.display },
      );
      const button = card.querySelector('[data-word-save]');
      button?.setAttribute('data-saved', '');
      const label = button?.querySelector('[data-save-label]');
      if (label) label.textContent = labels.saved;
    };
    const listen = async () => {
      const form = current?.toString();
      if (!form) return;
      const found = await (await loadSpeech()).findIndonesianVoice();
      if (!('voice' in found)) return;
      const utterance = new SpeechSynthesisUtterance(form);
      utterance.lang = 'id-ID';
      utterance.voice = found.voice;
      speechSynthesis.cancel();
      speechSynthesis.speak(utterance);
    };

    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      if (card.contains(target)) {
        if (target.closest('[data-card-close]')) close(true);
        else if (target.closest('[data-word-save]')) void save();
        else if (target.closest('[data-word-listen]')) void listen();
        return;
      }
      if (!target.closest(BLOCK) || target.closest('[data-term], a, button') || !getSelection()?.isCollapsed)
        return;
      const range = wordAtPoint(event.clientX, event.clientY);
      if (!range) return close();
      // A second tap on the same word closes its card.
      if (current && range.compareBoundaryPoints(Range.START_TO_START, current) === 0 && !card.hidden)
        return close();
      void open(range, false);
    };
    // A touch outside the original, or on a name (whose own card is about to open), closes the
    // word's card: one card at a time, and its sheet's room is given back before the name's is set.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!current || !target || card.contains(target)) return;
      if (!target.closest(BLOCK) || target.closest('[data-term]')) close();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!target) return;
      const inCard = card.contains(target);
      if (event.key === 'Escape' && current) {
        event.preventDefault();
        return close(inCard || !!cursor);
      }
      if ((event.key === 's' || event.key === 'S') && current && (inCard || cursor)) {
        event.preventDefault();
        return void save();
      }
      if (inCard || !target.matches(BLOCK)) return;
      if (event.key === 'w') {
        const ranges = wordsIn(target);
        if (!ranges[0]) return;
        event.preventDefault();
        cursor = { block: target, ranges, index: 0 };
        return void open(ranges[0], false);
      }
      if (!cursor || cursor.block !== target) return;
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        event.preventDefault();
        const index = Math.max(0, Math.min(cursor.ranges.length - 1, cursor.index + step));
        cursor.index = index;
        return void open(cursor.ranges[index]!, false);
      }
      if (event.key === 'Enter') {
        event.preventDefault();
        document.getElementById(WORD_CARD_TITLE_ID)?.focus();
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (!current || !(to instanceof Node)) return;
      const leftCard = card.contains(event.target as Node) && !card.contains(to);
      const leftBlock = cursor && event.target === cursor.block && !card.contains(to);
      if (leftCard || leftBlock) close();
    };
    const onScroll = () => current && !card.hidden && place(current, false);
    const onFirstTouch = () => void words();

    document.addEventListener('click', onClick);
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerdown', onFirstTouch, { once: true });
    // Capture: the word cursor's arrows must win over the paragraph's roving focus (ReaderKeys).
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusout', onFocusOut);
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => {
      close();
      document.removeEventListener('click', onClick);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerdown', onFirstTouch);
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusout', onFocusOut);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [wordsUrl, article, labels]);
  return (
    <div
      ref={dialog}
      id="word-card"
      role="dialog"
      aria-labelledby={WORD_CARD_TITLE_ID}
      hidden
      className="term-card"
    />
  );
}
