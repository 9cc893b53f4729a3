import type { ReactNode } from 'react';

/**
 * A name with a glossary entry. A plain link to the entry, so it works without JavaScript; once
 * the scripts run, GlossaryCards opens its card (a dialog) instead, and ReaderKeys makes it a
 * stop of its paragraph's roving focus (reached with the arrow keys, not with Tab).
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
    <a href={href} data-term={termId} className="term">
      {children}
    </a>
  );
}
