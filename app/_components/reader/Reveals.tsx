'use client';

import { useEffect } from 'react';
import { parseReveals, revealsKey, toggle, type RevealState } from './reveal-state';

export interface RevealLabels {
  show: string;
  hide: string;
  showAll: string;
  hideAll: string;
}

/**
 * The "original only" layout's reveals, for every block at once: a block's button shows or hides
 * its whole translation, a tap on a sentence shows or hides just that sentence's twin, and "show
 * all" shows or hides everything. Each button's label says what it will do next. What is shown is
 * remembered per article on this device and shown again on the next visit. Renders nothing.
 */
export function Reveals({ article, labels }: { article: string; labels: RevealLabels }) {
  useEffect(() => {
    const key = revealsKey(article);
    let state: RevealState = { full: [], sentences: [] };
    try {
      state = parseReveals(localStorage.getItem(key));
    } catch {
      // storage blocked: reveals still work for this visit
    }
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-reveal]')];
    const apply = () => {
      for (const button of buttons()) {
        const target = document.getElementById(button.dataset.reveal ?? '');
        if (!target) continue;
        const full = state.full.includes(target.id);
        let partial = false;
        for (const twin of target.querySelectorAll<HTMLElement>('[data-sentence]')) {
          const shown = state.sentences.includes(twin.dataset.sentence ?? '');
          twin.toggleAttribute('data-shown', shown);
          partial ||= shown;
        }
        target.hidden = !full && !partial;
        target.toggleAttribute('data-partial', !full && partial);
        button.setAttribute('aria-expanded', String(full));
        button.textContent = full ? labels.hide : labels.show;
      }
      const all = buttons().every((button) => state.full.includes(button.dataset.reveal ?? ''));
      for (const button of document.querySelectorAll('[data-reveal-all]'))
        button.textContent = all ? labels.hideAll : labels.showAll;
    };
    const change = (next: RevealState) => {
      state = next;
      apply();
      try {
        localStorage.setItem(key, JSON.stringify(state));
      } catch {
        // storage full or blocked: shown for this visit only
      }
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      const button = target.closest<HTMLButtonElement>('button[data-reveal]');
      if (button) {
        const id = button.dataset.reveal ?? '';
        const inside = [
          ...(document.getElementById(id)?.querySelectorAll<HTMLElement>('[data-sentence]') ?? []),
        ];
        const hiding = state.full.includes(id);
        const sentences = inside.map((twin) => twin.dataset.sentence ?? '');
        return change({
          full: toggle(state.full, id),
          sentences: hiding ? state.sentences.filter((s) => !sentences.includes(s)) : state.sentences,
        });
      }
      if (target.closest('[data-reveal-all]')) {
        const ids = buttons().map((b) => b.dataset.reveal ?? '');
        const all = ids.every((id) => state.full.includes(id));
        return change({ full: all ? [] : ids, sentences: [] });
      }
      // A tap on a sentence of the original (not on a name, which opens its card, and not the
      // end of a text selection) shows or hides its twin.
      if (target.closest('[data-term], a, button') || !getSelection()?.isCollapsed) return;
      const sentence = target.closest<HTMLElement>('[lang="id"][data-segment] [data-sentence]');
      const id = sentence?.dataset.sentence;
      if (
        !id ||
        !document.querySelector(
          `[hidden] [data-sentence="${CSS.escape(id)}"], [data-partial] [data-sentence="${CSS.escape(id)}"]`,
        )
      )
        return;
      change({ ...state, sentences: toggle(state.sentences, id) });
    };
    apply();
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [article, labels]);
  return null;
}
