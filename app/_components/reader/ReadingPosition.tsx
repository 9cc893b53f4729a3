'use client';

import { useEffect } from 'react';

/** Where this device keeps an article's last pair read (localStorage, like the layout). */
export const positionKey = (article: string) => `sejajar.position.${article}`;

/** The pair a fragment names (`#p4`), or null: the fragment of any other element is left alone. */
function pairOf(hash: string): HTMLElement | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null; // A malformed fragment (`#%E0`) names nothing.
  }
  return (id && document.getElementById(id)?.closest<HTMLElement>('[data-pair]')) || null;
}

/**
 * A link to a paragraph (`…#p4`) marks that pair and moves focus to it, so keyboard and
 * screen-reader users start where the link points, not at the top (WCAG 2.4.3). The mark is
 * `:target` in CSS plus `data-linked`, which also covers focus moved here by script.
 */
function markLinked(pair: HTMLElement) {
  document.querySelector('[data-linked]')?.removeAttribute('data-linked');
  pair.setAttribute('data-linked', '');
  if (!pair.hasAttribute('tabindex')) pair.tabIndex = -1;
  pair.focus({ preventScroll: true });
  if (Math.abs(pair.getBoundingClientRect().top) > window.innerHeight / 2) pair.scrollIntoView();
}

/**
 * Renders nothing. Remembers on this device the pair at the top of the screen as the reader
 * scrolls, and brings it back when the article is opened again without a fragment; a fragment
 * always wins, since whoever shared it meant that paragraph.
 */
export function ReadingPosition({ article }: { article: string }) {
  useEffect(() => {
    const key = positionKey(article);
    const linked = pairOf(window.location.hash);
    if (linked) markLinked(linked);
    else if (!window.location.hash) {
      try {
        const stored = window.localStorage.getItem(key);
        const pair = stored
          ? document.querySelector<HTMLElement>(`[data-pair="${CSS.escape(stored)}"]`)
          : null;
        pair?.scrollIntoView({ block: 'start' });
      } catch {
        // Storage blocked: the article opens at the top.
      }
    }
    const onHashChange = () => {
      const pair = pairOf(window.location.hash);
      if (pair) markLinked(pair);
    };
    window.addEventListener('hashchange', onHashChange);

    // The pairs crossing a band near the top of the screen; the first of them is "being read".
    const inBand = new Set<Element>();
    const pairs = [...document.querySelectorAll('[data-pair]')];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inBand.add(entry.target);
          else inBand.delete(entry.target);
        }
        const current = pairs.find((pair) => inBand.has(pair))?.getAttribute('data-pair');
        if (!current) return;
        try {
          window.localStorage.setItem(key, current);
        } catch {
          // Storage blocked: nothing is remembered.
        }
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    for (const pair of pairs) observer.observe(pair);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [article]);
  return null;
}
