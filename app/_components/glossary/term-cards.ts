import { isBilingual, type Bilingual } from '@/lib/study/entry';

/**
 * The glossary cards of one article, as `/{locale}/articles/{slug}/terms.json` serves them
 * (prerendered at build time). Cards are fetched when a reader first reaches for one instead of
 * being rendered into the page: hidden cards were a third of the article's HTML and, through the
 * RSC payload, most of what hydration walked (bench/results.md).
 */
export interface TermCard {
  name: Bilingual;
  /** The entry type in the interface language, e.g. "Person" or "Tokoh". */
  type: string;
  pronunciation?: string;
  note: Bilingual;
}

export type TermCards = Record<string, TermCard>;

/** The one card dialog every name opens (GlossaryCards). */
export const TERM_CARD_ID = 'term-card';

export const termCardsPath = (articlePath: string) => `${articlePath}/terms.json`;

const isString = (value: unknown): value is string => typeof value === 'string';

function isTermCard(value: unknown): value is TermCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<keyof TermCard, unknown>;
  return (
    isBilingual(card.name) &&
    isString(card.type) &&
    (card.pronunciation === undefined || isString(card.pronunciation)) &&
    isBilingual(card.note)
  );
}

/** Keeps the well-formed cards of a response and drops the rest (hand-written: no zod in the browser). */
export function parseTermCards(data: unknown): TermCards {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  return Object.fromEntries(Object.entries(data).filter(([, card]) => isTermCard(card)));
}

const loaded = new Map<string, Promise<TermCards>>();

/**
 * One request per page, shared by the tooltips and the study list's `s` key. A failed request
 * is forgotten, so the next reach for a card tries again.
 */
export function loadTermCards(url: string): Promise<TermCards> {
  let cards = loaded.get(url);
  if (!cards) {
    cards = fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
      .then(parseTermCards);
    cards.catch(() => loaded.delete(url));
    loaded.set(url, cards);
  }
  return cards;
}
