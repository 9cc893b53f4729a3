'use client';

import { useEffect, useRef } from 'react';
import { loadTermCards, TERM_CARD_ID, type TermCards } from './term-cards';
import { TERM_CARD_TITLE_ID, type TermCardLabels } from './term-card-view';
import { positionCard, releaseCard } from './position-card';

// Floating UI's autoUpdate and the card builder are fetched when a reader first reaches for a
// card, not with the page: most readers never open one, and the article's JavaScript has a budget.
const loadFloatingUi = () => import('@floating-ui/dom');
const loadCardView = () => import('./term-card-view');

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;
type OpenedBy = 'hover' | 'tap' | 'key';

/**
 * A name's glossary card: a non-modal dialog (WAI-ARIA APG), opened by hover (after a short
 * delay), by click or tap, and by Enter on a focused name, which moves focus into it. It never
 * covers the sentence being read (card-placement.ts): beside the block on a wide screen, a
 * bottom sheet on a phone, with the sentence scrolled clear of it. Closed by Escape (focus goes
 * back to the name), by Close, by a second tap on the same name, by a tap elsewhere, by focus
 * leaving it, and once its name scrolls out of view. WCAG 2.2 SC 1.4.13 for hover: it stays open
 * while the pointer moves onto it. One delegated listener set for every name; one card element.
 */
export function GlossaryCards({
  cardsUrl,
  locale,
  labels,
}: {
  cardsUrl: string;
  locale: 'id' | 'en';
  labels: TermCardLabels;
}) {
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const card = dialog.current;
    if (!card) return;
    let term: HTMLElement | null = null;
    let openedBy: OpenedBy = 'hover';
    let stopUpdating: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPointer = 'mouse';
    let cards: TermCards | undefined;
    let cardView: Awaited<ReturnType<typeof loadCardView>> | undefined;
    // Set when the cards could not be fetched (offline, server error): a tap then follows the
    // name's link to the glossary instead of waiting for a card that will not come.
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
    const close = (returnFocus = false) => {
      clearTimeout(timer);
      stopUpdating?.();
      stopUpdating = undefined;
      const closing = term;
      card.setAttribute('hidden', '');
      releaseCard(card);
      closing?.removeAttribute('data-open');
      closing?.removeAttribute('aria-expanded');
      term = null;
      if (returnFocus) closing?.focus();
    };
    const place = (name: HTMLElement, firstTime: boolean) => {
      if (term !== name) return;
      if (!positionCard(card, name.getBoundingClientRect(), name, firstTime)) close();
    };
    const show = (name: HTMLElement, focus: boolean) => {
      const termId = name.dataset.term ?? '';
      const entry = cards?.[termId];
      if (!entry || !cardView) return close();
      cardView.fillTermCard(card, termId, entry, { href: name.getAttribute('href') ?? '', locale, labels });
      // Shown, so it can be measured, but invisible until it has its place.
      card.style.visibility = 'hidden';
      card.removeAttribute('hidden');
      name.setAttribute('aria-expanded', 'true');
      place(name, true);
      if (focus) document.getElementById(TERM_CARD_TITLE_ID)?.focus();
      void loadFloatingUi().then(({ autoUpdate }) => {
        if (term !== name) return; // closed or replaced while loading
        let first = true;
        // Follows scrolling and resizing; the first call is the placement already made.
        stopUpdating = autoUpdate(name, card, () => {
          if (first) first = false;
          else place(name, false);
        });
      });
    };
    const open = (next: HTMLElement, by: OpenedBy) => {
      clearTimeout(timer);
      if (next === term) {
        openedBy = by === 'hover' ? openedBy : by;
        if (by === 'key') document.getElementById(TERM_CARD_TITLE_ID)?.focus();
        return;
      }
      close();
      term = next;
      openedBy = by;
      term.setAttribute('data-open', '');
      const focus = by === 'key';
      if (cards) show(next, focus);
      else
        prepare().then(
          () => term === next && show(next, focus),
          () => term === next && close(),
        );
    };
    const termOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;
    const inCard = (target: EventTarget | null) => target instanceof Node && card.contains(target);

    const onPointerOver = (event: PointerEvent) => {
      lastPointer = event.pointerType;
      if (event.pointerType !== 'mouse') return;
      const hovered = termOf(event.target);
      if (hovered) later(() => open(hovered, 'hover'), hovered === term ? 0 : OPEN_DELAY_MS);
      else if (inCard(event.target)) clearTimeout(timer);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !term || openedBy !== 'hover') return;
      const to = event.relatedTarget;
      if (termOf(to) === term || inCard(to)) return;
      if (termOf(event.target) || inCard(event.target)) later(close, CLOSE_DELAY_MS);
    };
    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget;
      if (!term || !inCard(event.target) || inCard(to) || termOf(to) === term) return;
      close();
    };
    const onPointerDown = (event: PointerEvent) => {
      lastPointer = event.pointerType;
      if (!termOf(event.target) && !inCard(event.target)) close();
    };
    const onClick = (event: MouseEvent) => {
      if (
        inCard(event.target) &&
        event.target instanceof Element &&
        event.target.closest('[data-card-close]')
      )
        return close(true);
      const tapped = termOf(event.target);
      // A modified click (new tab, new window) is the link's own; so is any click once the
      // cards are known to be unreachable.
      if (!tapped || unavailable || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey)
        return;
      event.preventDefault();
      // A second tap on the same name closes its card; a click on a hovered name keeps it open.
      if (tapped === term && (openedBy !== 'hover' || lastPointer !== 'mouse')) close();
      else open(tapped, 'tap');
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && term) {
        const focusWasInside = inCard(document.activeElement) || termOf(document.activeElement) === term;
        close(focusWasInside);
        return;
      }
      const focused = termOf(event.target);
      if (event.key === 'Enter' && focused && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        if (unavailable) return; // the link leads to the glossary instead
        event.preventDefault();
        open(focused, 'key');
        return;
      }
      // Tab past either end of the card goes back to its name: the card sits at the end of the
      // page's markup, and a reader tabbing on expects to be back where they were reading.
      if (event.key === 'Tab' && term && inCard(event.target)) {
        const controls = [...card.querySelectorAll<HTMLElement>('a[href], button')];
        const title = document.getElementById(TERM_CARD_TITLE_ID);
        const atEdge = event.shiftKey
          ? event.target === controls[0] || event.target === title
          : event.target === controls.at(-1);
        if (atEdge) {
          event.preventDefault();
          close(true);
        }
      }
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
      listen('focusout', onFocusOut),
      listen('click', onClick),
      listen('keydown', onKeyDown),
    ];
    const intents = [
      listen('pointermove', onFirstIntent),
      listen('pointerdown', onFirstIntent),
      listen('focusin', onFirstIntent),
    ];
    const stopIntent = () => intents.forEach((stop) => stop());
    // From now on taps are handled here (EarlyTaps held them until the scripts ran): a name
    // tapped before then gets its card now, as if it had just been tapped.
    window.__sejajarStopEarlyTaps?.();
    const tappedEarly = window.__sejajarTapped;
    window.__sejajarTapped = undefined;
    if (tappedEarly) {
      tappedEarly.removeAttribute('data-open');
      open(tappedEarly, 'tap');
    }
    return () => {
      close();
      stopIntent();
      for (const stop of stopListening) stop();
    };
  }, [cardsUrl, locale, labels]);
  return (
    <div
      ref={dialog}
      id={TERM_CARD_ID}
      role="dialog"
      aria-labelledby={TERM_CARD_TITLE_ID}
      hidden
      className="term-card"
    />
  );
}
