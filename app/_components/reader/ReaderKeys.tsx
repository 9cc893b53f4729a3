'use client';

import { useEffect } from 'react';
import { LISTEN_EVENT } from './ArticlePlayer';
import { KEYS_HELP_ID } from './keys-help-id';
import { pairItems, stepWithin } from './roving';

/** Where a key is text, not a command. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

const visible = (element: Element) => element.getClientRects().length > 0 && !element.closest('[hidden]');
const pairs = () =>
  [...document.querySelectorAll<HTMLElement>('[data-pair]')].filter((pair) =>
    pair.querySelector('[data-segment]'),
  );

/** Roving tabindex: the item just reached becomes its pair's one Tab stop. */
function makeStop(item: HTMLElement) {
  const pair = item.closest<HTMLElement>('[data-pair]');
  if (!pair) return;
  for (const other of pairItems(pair)) other.tabIndex = other === item ? 0 : -1;
}

/** Moves focus from the current pair to the next or previous one, keeping to the same language where it can. */
function move(from: Element | null, step: 1 | -1) {
  const all = pairs();
  const current = from?.closest<HTMLElement>('[data-pair]');
  const index = current ? all.indexOf(current) : -1;
  const target = index === -1 ? (step === 1 ? all[0] : undefined) : all[index + step];
  if (!target) return;
  const blocks = [...target.querySelectorAll<HTMLElement>('[data-segment]')].filter(visible);
  const lang = from?.closest('[data-segment]')?.getAttribute('lang');
  const block = blocks.find((b) => b.lang === lang) ?? blocks[0];
  if (!block) return;
  makeStop(block);
  block.focus();
}

function openHelp() {
  const dialog = document.getElementById(KEYS_HELP_ID);
  if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
}

/**
 * The reader's keys (listed in KeysHelp). Each paragraph pair is one Tab stop; within it ← → (and
 * Home, End) reach its blocks, its names and its reveal button, a roving tabindex (WAI-ARIA APG),
 * so the article costs one stop per paragraph, not one per name. j/k or ↓/↑ go between pairs,
 * r or Enter reveal a translation, l plays from the focused pair, ? lists the keys. Keys move
 * focus only when pressed; nothing is taken while typing, with a modifier held, or behind a dialog.
 * The button that opens the list is for keyboards: a touch-only device does not show it (CSS).
 */
export function ReaderKeys({ label }: { label: string }) {
  useEffect(() => {
    // Names and reveal buttons leave the Tab order here, not in the HTML: without scripts they
    // are plain links and buttons, reached by Tab. A name now opens a dialog (GlossaryCards).
    for (const pair of pairs())
      for (const item of pairItems(pair))
        if (!item.matches('[data-segment]')) {
          item.tabIndex = -1;
          if (item.matches('[data-term]')) item.setAttribute('aria-haspopup', 'dialog');
        }
    const onFocusIn = (event: FocusEvent) => {
      const item = event.target instanceof HTMLElement ? event.target : null;
      if (item?.closest('[data-pair]') && pairItems(item.closest<HTMLElement>('[data-pair]')!).includes(item))
        makeStop(item);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest(TYPING) || document.querySelector('dialog[open]')) return;
      if (target?.closest('[role="dialog"]')) return; // a glossary card's own keys
      const onBlock = !!target?.matches('[data-segment]');
      const pair = target?.closest<HTMLElement>('[data-pair]');
      const press = (selector: string) => pair?.querySelector<HTMLButtonElement>(selector)?.click();
      const key = event.key;
      const within = pair && target ? stepWithin(pairItems(pair).filter(visible), target, key) : undefined;
      if (within) {
        makeStop(within);
        within.focus();
      } else if (key === 'j' || (key === 'ArrowDown' && pair)) move(target, 1);
      else if (key === 'k' || (key === 'ArrowUp' && pair)) move(target, -1);
      else if (key === 'r' || (key === 'Enter' && onBlock && pair?.querySelector('[data-reveal]')))
        press('[data-reveal]');
      else if (key === 'l')
        document.dispatchEvent(new CustomEvent(LISTEN_EVENT, { detail: { pair: pair?.id } }));
      else if (key === '?') openHelp();
      else return;
      event.preventDefault();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, []);
  return (
    <button
      type="button"
      className="tool-button keyboard-only"
      aria-haspopup="dialog"
      aria-keyshortcuts="?"
      onClick={openHelp}
    >
      {label}
    </button>
  );
}
