'use client';

import { useEffect } from 'react';
import { KEYS_HELP_ID } from './keys-help-id';

/** Where a key is text, not a command. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

const visible = (element: Element) => element.getClientRects().length > 0 && !element.closest('[hidden]');

/** Moves focus from the current pair to the next or previous one, keeping to the same language where it can. */
function move(from: Element | null, step: 1 | -1) {
  const pairs = [...document.querySelectorAll('[data-pair]')].filter((pair) =>
    pair.querySelector('[data-segment]'),
  );
  const current = from?.closest('[data-pair]');
  const index = current ? pairs.indexOf(current) : -1;
  const target = index === -1 ? (step === 1 ? pairs[0] : undefined) : pairs[index + step];
  if (!target) return;
  const blocks = [...target.querySelectorAll<HTMLElement>('[data-segment]')].filter(visible);
  const lang = from?.closest('[data-segment]')?.getAttribute('lang');
  (blocks.find((block) => block.lang === lang) ?? blocks[0])?.focus();
}

function openHelp() {
  const dialog = document.getElementById(KEYS_HELP_ID);
  if (dialog instanceof HTMLDialogElement && !dialog.open) dialog.showModal();
}

/**
 * The reader's keys (listed in KeysHelp): j/k or ↓/↑ between pairs, r or Enter to reveal a
 * translation, l to listen, ? for the list. Keys move focus only when pressed; nothing is taken
 * while typing in a field, with a modifier held, or behind an open dialog.
 */
export function ReaderKeys({ label }: { label: string }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING) || document.querySelector('dialog[open]')) return;
      const onBlock = !!target?.matches('[data-segment]');
      const pair = target?.closest('[data-pair]');
      const press = (selector: string) => pair?.querySelector<HTMLButtonElement>(selector)?.click();
      const key = event.key;
      if (key === 'j' || (key === 'ArrowDown' && onBlock)) move(target, 1);
      else if (key === 'k' || (key === 'ArrowUp' && onBlock)) move(target, -1);
      else if (key === 'r' || (key === 'Enter' && onBlock && pair?.querySelector('[data-reveal]')))
        press('[data-reveal]');
      else if (key === 'l') press('[data-listen]');
      else if (key === '?') openHelp();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <button
      type="button"
      className="tool-button"
      aria-haspopup="dialog"
      aria-keyshortcuts="?"
      onClick={openHelp}
    >
      {label}
    </button>
  );
}
