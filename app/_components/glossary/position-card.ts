import { placeCard, scrollClearOfSheet, type Box } from './card-placement';

const boxOf = (rect: DOMRect): Box => ({
  left: rect.left,
  top: rect.top,
  right: rect.right,
  bottom: rect.bottom,
});

/**
 * Puts an open card (a name's or a word's) where card-placement.ts says: floating beside the
 * block, or a bottom sheet with the sentence scrolled clear of it the first time. `anchor` is the
 * name or word, `inside` the element holding it. Returns false once the anchor is out of view
 * (above the top, or below the sheet), for the caller to close the card.
 */
export function positionCard(
  card: HTMLElement,
  anchor: DOMRect,
  inside: Element,
  firstTime: boolean,
): boolean {
  const block = inside.closest('[data-segment]') ?? inside;
  const lines = [...(inside.closest('[data-sentence]') ?? block).getClientRects()].map(boxOf);
  const placed = placeCard({
    card: { width: card.offsetWidth, height: card.offsetHeight },
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    block: boxOf(block.getBoundingClientRect()),
    lines,
    name: boxOf(anchor),
  });
  if (placed.mode === 'sheet') {
    card.setAttribute('data-sheet', '');
    Object.assign(card.style, { left: '', top: '', visibility: '' });
    // Room below the article's end, so that even its last sentence can be lifted clear.
    document.body.style.paddingBottom = `${card.offsetHeight}px`;
    if (firstTime) {
      const lift = scrollClearOfSheet(lines, card.getBoundingClientRect().top);
      if (lift > 0) scrollBy({ top: lift, behavior: 'instant' });
      return true;
    }
  } else {
    releaseCard(card);
    Object.assign(card.style, { left: `${placed.left}px`, top: `${placed.top}px`, visibility: '' });
    if (firstTime) return true;
  }
  const bottom = card.hasAttribute('data-sheet') ? card.getBoundingClientRect().top : innerHeight;
  return anchor.bottom > 0 && anchor.top < bottom;
}

/**
 * Undoes what a bottom sheet changed on the page; for a card that closes or floats again. Only a
 * card that is a sheet gives its room back (the name's and the word's cards close each other on
 * every tap), and only the part of it out of view: a page shortened under the reader would scroll,
 * and the finger that closed one card would land on another word.
 */
export function releaseCard(card: HTMLElement) {
  if (!card.hasAttribute('data-sheet')) return;
  card.removeAttribute('data-sheet');
  const body = document.body.style;
  const room = parseFloat(body.paddingBottom) || 0;
  const end = document.documentElement.scrollHeight - room;
  const keep = Math.max(0, Math.ceil(scrollY + innerHeight - end));
  body.paddingBottom = keep > 0 ? `${keep}px` : '';
}
