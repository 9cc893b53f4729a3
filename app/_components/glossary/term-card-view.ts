import { parseStudyList, STUDY_STORAGE_KEY } from '@/lib/study/entry';
import type { TermCard } from './term-cards';

export interface TermCardLabels {
  open: string;
  pronunciation: string;
  save: string;
  saved: string;
}

type Child = Node | string;

function el(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // append() inserts strings as text nodes: a note that looks like markup is shown as text.
  element.append(...children);
  return element;
}

function isSaved(termId: string): boolean {
  try {
    return parseStudyList(localStorage.getItem(STUDY_STORAGE_KEY)).some((entry) => entry.termId === termId);
  } catch {
    return false; // storage blocked: the Save button still works for this page
  }
}

/**
 * Puts one entry's card into the page's tooltip element: both names, the type, the
 * pronunciation, the note in the interface language, a link to the entry and a Save button.
 * Links and buttons take no focus (focus stays on the mention; `s` saves from the keyboard).
 */
export function fillTermCard(
  container: HTMLElement,
  termId: string,
  card: TermCard,
  { href, locale, labels }: { href: string; locale: 'id' | 'en'; labels: TermCardLabels },
): void {
  const names: Child[] = [el('span', { lang: 'id' }, card.name.id)];
  if (card.name.en !== card.name.id) names.push(' / ', el('span', { lang: 'en' }, card.name.en));
  const saved = isSaved(termId);
  const save = el(
    'button',
    { type: 'button', tabindex: '-1', 'data-study-save': termId, class: 'study-save' },
    saved ? labels.saved : labels.save,
  );
  if (saved) save.setAttribute('data-saved', '');
  container.replaceChildren(
    el('p', { class: 'font-semibold' }, ...names),
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
      el('a', { href, class: 'link', tabindex: '-1' }, labels.open),
      save,
    ),
  );
  container.dataset.termCard = termId;
}
