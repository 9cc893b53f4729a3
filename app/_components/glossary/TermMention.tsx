import type { ReactNode } from 'react';
import { TERM_CARD_ID } from './term-cards';

/**
 * A name with a glossary entry. A plain link to the entry, so it works without JavaScript; the
 * GlossaryTooltips island turns hover, focus and tap into a tooltip. The description is the one
 * tooltip element, which holds the focused mention's card, so screen readers announce the card
 * on focus (WAI-ARIA tooltip pattern).
 */
export function TermMention({
  termId,
  href,
  children,
}: {
  termId: string;
  href: string;
  children: ReactNode;
}) {
  return (
    <a href={href} data-term={termId} aria-describedby={TERM_CARD_ID} className="term">
      {children}
    </a>
  );
}
