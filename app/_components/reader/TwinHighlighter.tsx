'use client';

import { useEffect } from 'react';

const SELECTOR = '[data-segment]';

/**
 * Marks the twin of the block under the pointer or keyboard focus with `data-highlighted`,
 * and, within that twin, the sentences that translate the one under the pointer and, over a
 * glossary name, the same entry's mentions.
 * One delegated listener for the whole page instead of a client component per block:
 * the blocks stay server-rendered HTML and this island renders nothing.
 */
export function TwinHighlighter() {
  useEffect(() => {
    let marked: Element[] = [];
    const clear = () => {
      for (const element of marked) element.removeAttribute('data-highlighted');
      marked = [];
    };
    const mark = (event: Event) => {
      const block = event.target instanceof Element ? event.target.closest(SELECTOR) : null;
      clear();
      if (!block) return;
      const id = block.getAttribute('data-segment') ?? '';
      const twins = [...document.querySelectorAll(`[data-segment="${CSS.escape(id)}"]`)].filter(
        (el) => el !== block,
      );
      // Over a glossary name, its mentions in the twin block light up too.
      const term = (event.target as Element).closest('[data-term]')?.getAttribute('data-term');
      const twinMentions = term
        ? twins.flatMap((twin) => [...twin.querySelectorAll(`[data-term="${CSS.escape(term)}"]`)])
        : [];
      // Over a sentence (or a name inside one, which is how keyboard focus gets there), the
      // sentences that translate it light up too: a 1–2 group is two spans with one id.
      const sentence = (event.target as Element).closest('[data-sentence]')?.getAttribute('data-sentence');
      const twinSentences = sentence
        ? twins.flatMap((twin) => [...twin.querySelectorAll(`[data-sentence="${CSS.escape(sentence)}"]`)])
        : [];
      marked = [...twins, ...twinSentences, ...twinMentions];
      for (const element of marked) element.setAttribute('data-highlighted', '');
    };
    const unmark = (event: Event) => {
      const next = (event as FocusEvent | PointerEvent).relatedTarget;
      if (!(next instanceof Element && next.closest(SELECTOR))) clear();
    };
    document.addEventListener('pointerover', mark);
    document.addEventListener('focusin', mark);
    document.addEventListener('pointerout', unmark);
    document.addEventListener('focusout', unmark);
    return () => {
      clear();
      document.removeEventListener('pointerover', mark);
      document.removeEventListener('focusin', mark);
      document.removeEventListener('pointerout', unmark);
      document.removeEventListener('focusout', unmark);
    };
  }, []);
  return null;
}
