import { isSavedOnDevice } from '@/app/_components/study/saved-on-device';
import type { TermCard } from './term-cards';

export interface TermCardLabels {
  open: string;
  pronunciation: string;
  save: string;
  saved: string;
  close: string;
}

/** The card's title, which names the dialog (aria-labelledby). */
export const TERM_CARD_TITLE_ID = 'term-card-title';

type Child = Node | string;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // append() inserts strings as text nodes: a note that looks like markup is shown as text.
  element.append(...children);
  return element;
}

/** A control's key, shown beside its label and exposed to assistive technology. */
const keyHint = (key: string) => el('kbd', { class: 'key-hint', 'aria-hidden': 'true' }, key);

/**
 * Puts one entry's card into the page's card dialog: both names (its title), the type, the
 * pronunciation, the note in the interface language, a link to the entry, Save and Close. Every
 * control takes Tab and says its key: S saves, Esc closes.
 */
export function fillTermCard(
  container: HTMLElement,
  termId: string,
  card: TermCard,
  { href, locale, labels }: { href: string; locale: 'id' | 'en'; labels: TermCardLabels },
): void {
  const names: Child[] = [el('span', { lang: 'id' }, card.name.id)];
  if (card.name.en !== card.name.id) names.push(' / ', el('span', { lang: 'en' }, card.name.en));
  const saved = isSavedOnDevice(termId);
  const save = el(
    'button',
    { type: 'button', 'data-study-save': termId, class: 'study-save tool-button', 'aria-keyshortcuts': 's' },
    el('span', { 'data-save-label': '' }, saved ? labels.saved : labels.save),
    ' ',
    keyHint('S'),
  );
  if (saved) save.setAttribute('data-saved', '');
  const close = el(
    'button',
    { type: 'button', 'data-card-close': '', class: 'tool-button', 'aria-keyshortcuts': 'Escape' },
    labels.close,
    ' ',
    keyHint('Esc'),
  );
  container.replaceChildren(
    el(
      'div',
      { class: 'flex items-start justify-between gap-3' },
      el('h2', { id: TERM_CARD_TITLE_ID, class: 'font-semibold', tabindex: '-1' }, ...names),
      close,
    ),
    el('p', { class: 'text-xs uppercase tracking-wider text-[var(--color-muted)]' }, card.type),
    ...(card.pronunciation
      ? [
          el(
            'p',
            { class: 'text-xs' },
            `${labels.pronunciation}: `,
            el('span', { lang: 'en' }, card.pronunciation),
          ),
        ]
      : []),
    el('p', { class: 'mt-1', lang: locale }, card.note[locale]),
    el(
      'p',
      { class: 'mt-2 flex flex-wrap items-center justify-between gap-3' },
      el('a', { href, class: 'link' }, labels.open),
      save,
    ),
  );
  container.dataset.termCard = termId;
}
