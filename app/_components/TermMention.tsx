import type { ReactNode } from 'react';

/**
 * A name with a glossary entry. A plain link to the entry, so it works without JavaScript; the
 * GlossaryTooltips island turns hover, focus and tap into a tooltip. The description is the
 * entry's card, so screen readers announce it on focus (WAI-ARIA tooltip pattern).
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
    <a href={href} data-term={termId} aria-describedby={`term-${termId}`} className="term">
      {children}
    </a>
  );
}
