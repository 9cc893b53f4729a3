'use client';

import { useEffect, useRef } from 'react';
import { loadTermCards, TERM_CARD_ID, type TermCards } from './term-cards';
import type { TermCardLabels } from './term-card-view';

// Floating UI and the card builder are fetched when a reader first reaches for a card, not with
// the page: most readers never open one, and the article page's own JavaScript has a budget
// (bench/results.md).
const loadFloatingUi = () => import('@floating-ui/dom');
const loadCardView = () => import('./term-card-view');

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

/**
 * Opens a mention's glossary card on hover (after a short delay), on keyboard focus, and on tap.
 * WCAG 2.2 SC 1.4.13: the card stays open while the pointer moves onto it (hoverable), until the
 * pointer or focus leaves (persistent), and Escape closes it without moving focus (dismissible).
 * One delegated listener for every mention, and one tooltip element they all name with
 * aria-describedby; it is filled with the entry's card (from `cardsUrl`) as it opens.
 */
export function GlossaryTooltips({
  cardsUrl,
  locale,
  labels,
}: {
  cardsUrl: string;
  locale: 'id' | 'en';
  labels: TermCardLabels;
}) {
  const tooltip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const card = tooltip.current;
    if (!card) return;
    let term: HTMLElement | null = null;
    let stopUpdating: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPointer = 'mouse';
    // Once fetched, a card fills synchronously, so a screen reader reads the focused name's card.
    let cards: TermCards | undefined;
    let cardView: Awaited<ReturnType<typeof loadCardView>> | undefined;
    // Set when the cards could not be fetched (offline, server error): a tap then follows the
    // mention's link to the glossary instead of waiting for a card that will not come.
    let unavailable = false;
    const prepare = () =>
      Promise.all([loadTermCards(cardsUrl), loadCardView()]).then(
        ([loadedCards, view]) => {
          cards = loadedCards;
          cardView = view;
          unavailable = false;
        },
        (error: unknown) => {
          unavailable = true;
          throw error;
        },
      );

    const later = (fn: () => void, ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
    const close = () => {
      clearTimeout(timer);
      stopUpdating?.();
      stopUpdating = undefined;
      card.setAttribute('hidden', '');
      term?.removeAttribute('data-open');
      term = null;
    };
    const show = (reference: HTMLElement) => {
      const termId = reference.dataset.term ?? '';
      const entry = cards?.[termId];
      if (!entry || !cardView) return close();
      cardView.fillTermCard(card, termId, entry, {
        href: reference.getAttribute('href') ?? '',
        locale,
        labels,
      });
      // Shown, so it can be measured, but invisible until it has its place beside the term.
      card.style.visibility = 'hidden';
      card.removeAttribute('hidden');
      void loadFloatingUi().then(({ autoUpdate, computePosition, flip, offset, shift }) => {
        if (term !== reference) return; // closed or replaced while loading
        // Flip and shift keep the card inside the viewport; it never covers its own term.
        stopUpdating = autoUpdate(reference, card, () =>
          computePosition(reference, card, {
            placement: 'top',
            strategy: 'fixed',
            middleware: [offset(8), flip({ fallbackPlacements: ['bottom'] }), shift({ padding: 8 })],
          }).then(({ x, y }) => {
            Object.assign(card.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
          }),
        );
      });
    };
    const open = (next: HTMLElement) => {
      clearTimeout(timer);
      if (next === term) return;
      close();
      term = next;
      term.setAttribute('data-open', '');
      if (cards) show(next);
      else
        prepare().then(
          () => term === next && show(next),
          () => term === next && close(),
        );
    };
    const termOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;
    const inCard = (target: EventTarget | null) => target instanceof Node && card.contains(target);

    const onPointerOver = (event: PointerEvent) => {
      lastPointer = event.pointerType;
      const hovered = termOf(event.target);
      if (event.pointerType !== 'mouse') return;
      if (hovered) later(() => open(hovered), hovered === term ? 0 : OPEN_DELAY_MS);
      else if (inCard(event.target)) clearTimeout(timer);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !term) return;
      const to = event.relatedTarget;
      if (termOf(to) === term || inCard(to)) return;
      if (termOf(event.target) || inCard(event.target)) later(close, CLOSE_DELAY_MS);
    };
    const onFocusIn = (event: FocusEvent) => {
      const focused = termOf(event.target);
      if (focused && lastPointer === 'mouse') open(focused);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!termOf(event.relatedTarget) && !inCard(event.relatedTarget) && termOf(event.target)) close();
    };
    const onPointerDown = (event: PointerEvent) => {
      lastPointer = event.pointerType;
      if (!termOf(event.target) && !inCard(event.target)) close();
    };
    const onClick = (event: MouseEvent) => {
      const tapped = termOf(event.target);
      // On touch a first tap opens the card; the card's own link leads on to the glossary.
      if (tapped && lastPointer !== 'mouse' && tapped !== term && !unavailable) {
        event.preventDefault();
        open(tapped);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && term) close();
    };
    // Keyboard focus counts as mouse-like: the card opens at once.
    const onKeyUsed = () => {
      lastPointer = 'mouse';
    };
    // The first sign of a reader (pointer, touch or keyboard) fetches the cards, so that the
    // first card opens without a wait; a page nobody touches fetches nothing.
    const onFirstIntent = () => {
      stopIntent();
      prepare().catch(() => undefined);
    };

    // Typed per event name: each handler gets its own event type, no casts.
    const listen = <K extends keyof DocumentEventMap>(
      type: K,
      listener: (event: DocumentEventMap[K]) => void,
      capture = false,
    ) => {
      document.addEventListener(type, listener, capture);
      return () => document.removeEventListener(type, listener, capture);
    };
    const stopListening = [
      listen('pointerover', onPointerOver),
      listen('pointerout', onPointerOut),
      listen('pointerdown', onPointerDown),
      listen('focusin', onFocusIn),
      listen('focusout', onFocusOut),
      listen('click', onClick),
      listen('keydown', onKeyDown),
      listen('keydown', onKeyUsed, true),
    ];
    const intents = [
      listen('pointermove', onFirstIntent),
      listen('pointerdown', onFirstIntent),
      listen('focusin', onFirstIntent),
    ];
    const stopIntent = () => intents.forEach((stop) => stop());
    // From now on taps are handled here (EarlyTaps held them until the scripts ran). A name that
    // was tapped or took focus before then gets its card now, as if it had just been reached.
    window.__sejajarStopEarlyTaps?.();
    const reachedEarly = window.__sejajarTapped ?? termOf(document.activeElement);
    window.__sejajarTapped = undefined;
    if (reachedEarly) {
      reachedEarly.removeAttribute('data-open');
      open(reachedEarly);
    }
    return () => {
      close();
      stopIntent();
      for (const stop of stopListening) stop();
    };
  }, [cardsUrl, locale, labels]);
  return <div ref={tooltip} id={TERM_CARD_ID} role="tooltip" hidden className="term-card" />;
}
