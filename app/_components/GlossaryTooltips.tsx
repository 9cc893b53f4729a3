'use client';

import { useEffect } from 'react';

// Floating UI is fetched on the first card a reader opens, not with the page: most readers
// never open one, and the article page's own JavaScript has a budget (bench/results.md).
const loadFloatingUi = () => import('@floating-ui/dom');

const OPEN_DELAY_MS = 250;
const CLOSE_DELAY_MS = 200;

/**
 * Opens a mention's glossary card on hover (after a short delay), on keyboard focus, and on tap.
 * WCAG 2.2 SC 1.4.13: the card stays open while the pointer moves onto it (hoverable), until the
 * pointer or focus leaves (persistent), and Escape closes it without moving focus (dismissible).
 * One delegated listener for every mention; the cards themselves are server-rendered.
 */
export function GlossaryTooltips() {
  useEffect(() => {
    let term: HTMLElement | null = null;
    let card: HTMLElement | null = null;
    let stopUpdating: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastPointer = 'mouse';

    const later = (fn: () => void, ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
    const close = () => {
      clearTimeout(timer);
      stopUpdating?.();
      stopUpdating = undefined;
      card?.setAttribute('hidden', '');
      term?.removeAttribute('data-open');
      term = card = null;
    };
    const open = (next: HTMLElement) => {
      clearTimeout(timer);
      if (next === term) return;
      close();
      const found = document.getElementById(`term-${next.dataset.term ?? ''}`);
      if (!found) return;
      term = next;
      card = found;
      term.setAttribute('data-open', '');
      const [reference, floating] = [term, card];
      // Shown, so it can be measured, but invisible until it has its place beside the term.
      floating.style.visibility = 'hidden';
      floating.removeAttribute('hidden');
      void loadFloatingUi().then(({ autoUpdate, computePosition, flip, offset, shift }) => {
        if (card !== floating) return; // closed or replaced while loading
        // Flip and shift keep the card inside the viewport; it never covers its own term.
        stopUpdating = autoUpdate(reference, floating, () =>
          computePosition(reference, floating, {
            placement: 'top',
            strategy: 'fixed',
            middleware: [offset(8), flip({ fallbackPlacements: ['bottom'] }), shift({ padding: 8 })],
          }).then(({ x, y }) => {
            Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: '' });
          }),
        );
      });
    };
    const termOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;
    const inCard = (target: EventTarget | null) => target instanceof Node && !!card?.contains(target);

    const onPointerOver = (event: PointerEvent) => {
      lastPointer = event.pointerType;
      const hovered = termOf(event.target);
      if (event.pointerType !== 'mouse') return;
      if (hovered) later(() => open(hovered), hovered === term ? 0 : OPEN_DELAY_MS);
      else if (inCard(event.target)) clearTimeout(timer);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || !card) return;
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
      if (tapped && lastPointer !== 'mouse' && tapped !== term) {
        event.preventDefault();
        open(tapped);
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card) close();
    };
    // Keyboard focus counts as mouse-like: the card opens at once.
    const onKeyUsed = () => {
      lastPointer = 'mouse';
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
    return () => {
      close();
      for (const stop of stopListening) stop();
    };
  }, []);
  return null;
}
