/**
 * Until the page's scripts have run, a name is a plain link to its glossary entry, and a reader
 * who taps one would be taken off the article, losing their place. This inline script (a few
 * hundred bytes, in the HTML before the first name) holds such a tap instead: it keeps the link
 * from being followed, marks the name, and leaves it for GlossaryCards, which opens its card
 * as soon as it is ready. The CSP already allows inline scripts for Next's own payload.
 */
const EARLY_TAPS = `(function(){var d=document;function h(e){var t=e.target instanceof Element&&e.target.closest('[data-term]');if(!t)return;e.preventDefault();window.__sejajarTapped=t;t.setAttribute('data-open','')}d.addEventListener('click',h);window.__sejajarStopEarlyTaps=function(){d.removeEventListener('click',h)}})()`;

export function EarlyTaps() {
  return <script>{EARLY_TAPS}</script>;
}

declare global {
  interface Window {
    /** The name tapped before hydration, whose card GlossaryCards opens first. */
    __sejajarTapped?: HTMLElement;
    __sejajarStopEarlyTaps?: () => void;
  }
}
