'use client';

import type { Draft } from './drafts';
import { fill } from './fill';
import type { EditorLabels } from './types';

interface Props {
  draft: Draft;
  locale: 'en' | 'id';
  labels: EditorLabels;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Text left unsaved by an earlier visit, offered back rather than silently applied or lost. */
export function DraftOffer({ draft, locale, labels, onRestore, onDiscard }: Props) {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    draft.savedAt,
  );
  const prompt = fill(labels.restorePrompt, { time });
  return (
    <div role="group" aria-label={prompt} className="mt-2 rounded-md border border-[var(--color-rule)] p-3">
      <p className="text-sm font-semibold">{prompt}</p>
      <p lang="en" className="mt-1 whitespace-pre-wrap">
        {draft.text}
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" className="tool-button" onClick={onRestore}>
          {labels.restore}
        </button>
        <button type="button" className="tool-button" onClick={onDiscard}>
          {labels.discard}
        </button>
      </div>
    </div>
  );
}
