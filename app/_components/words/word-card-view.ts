import type { WordCard, WordEntryCard } from '@/lib/words/cards';

export interface WordCardLabels {
  analysis: string;
  thisForm: string;
  meanings: string;
  example: string;
  noEntry: string;
  kbbi: string;
  wiktionary: string;
  listen: string;
  save: string;
  saved: string;
  close: string;
}

export const WORD_CARD_TITLE_ID = 'word-card-title';

function el(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // append() inserts strings as text nodes: content that looks like markup is shown as text.
  element.append(...children);
  return element;
}
const keyHint = (key: string) => el('kbd', { class: 'key-hint', 'aria-hidden': 'true' }, key);

/**
 * Fills the word card: the word as written (its title), its analysis, the root's vocabulary
 * entry when there is one (senses in order, this form's own meaning, an example), links to KBBI
 * Daring and Wiktionary for the root, and Listen, Save and Close, each saying its key.
 */
export function fillWordCard(
  container: HTMLElement,
  form: string,
  word: WordCard,
  entry: WordEntryCard | undefined,
  { labels, saved }: { labels: WordCardLabels; saved: boolean },
) {
  const root = encodeURIComponent(word.root);
  const parts: HTMLElement[] = [
    el(
      'div',
      { class: 'flex items-start justify-between gap-3' },
      el('h2', { id: WORD_CARD_TITLE_ID, class: 'font-semibold', lang: 'id', tabindex: '-1' }, form),
      el(
        'button',
        { type: 'button', 'data-card-close': '', class: 'tool-button', 'aria-keyshortcuts': 'Escape' },
        labels.close,
        ' ',
        keyHint('Esc'),
      ),
    ),
    el('p', {}, `${labels.analysis}: `, el('span', { lang: 'id', class: 'font-semibold' }, word.display)),
  ];
  if (entry) {
    parts.push(
      el(
        'p',
        { class: 'mt-1 text-xs uppercase tracking-wider text-[var(--color-muted)]' },
        labels.meanings,
        ' · ',
        el('span', { lang: 'id' }, entry.headword),
      ),
    );
    parts.push(
      el(
        'ol',
        { class: 'list-decimal pl-5', lang: 'en' },
        ...entry.senses.map((sense) => el('li', {}, sense)),
      ),
    );
    if (word.meaning)
      parts.push(el('p', {}, `${labels.thisForm}: `, el('span', { lang: 'en' }, word.meaning)));
    parts.push(
      el(
        'p',
        { class: 'mt-1 text-[var(--color-muted)]' },
        `${labels.example}: `,
        el('span', { lang: 'id' }, entry.example.id),
        ' — ',
        el('span', { lang: 'en' }, entry.example.en),
      ),
    );
  } else parts.push(el('p', { class: 'mt-1 text-[var(--color-muted)]' }, labels.noEntry));
  parts.push(
    el(
      'p',
      { class: 'mt-2 flex flex-wrap items-center gap-3' },
      el(
        'a',
        {
          href: `https://kbbi.kemdikbud.go.id/entri/${root}`,
          class: 'link',
          rel: 'noopener noreferrer',
          target: '_blank',
        },
        labels.kbbi,
      ),
      el(
        'a',
        {
          href: `https://en.wiktionary.org/wiki/${root}#Indonesian`,
          class: 'link',
          rel: 'noopener noreferrer',
          target: '_blank',
        },
        labels.wiktionary,
      ),
    ),
    el(
      'p',
      { class: 'mt-2 flex flex-wrap items-center gap-2' },
      el('button', { type: 'button', 'data-word-listen': '', class: 'tool-button' }, labels.listen),
      el(
        'button',
        {
          type: 'button',
          'data-word-save': '',
          class: 'tool-button',
          'aria-keyshortcuts': 's',
          ...(saved ? { 'data-saved': '' } : {}),
        },
        el('span', { 'data-save-label': '' }, saved ? labels.saved : labels.save),
        ' ',
        keyHint('S'),
      ),
    ),
  );
  container.replaceChildren(...parts);
  container.dataset.wordCard = form;
}
