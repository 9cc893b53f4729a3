'use client';

import { memo } from 'react';
import { Concordance } from './Concordance';
import { fill } from './fill';
import { mentionedHints } from './mentions';
import { MemoryMatches } from './MemoryMatches';
import type { EditorLabels, EditorSegment, GlossaryHint } from './types';

interface Props {
  segment: EditorSegment | undefined;
  glossary: Record<string, GlossaryHint>;
  memoryUrl: string;
  labels: EditorLabels;
  /** Insert at the cursor of the active field. */
  onInsert: (text: string) => void;
  /** Replace the active field's text. */
  onUse: (text: string) => void;
}

/** Help for the active segment: its glossary names to insert and translation-memory matches to use. */
export const HelpAside = memo(function HelpAside({
  segment,
  glossary,
  memoryUrl,
  labels,
  onInsert,
  onUse,
}: Props) {
  if (!segment) return null;
  const hints = mentionedHints(segment, glossary);
  return (
    <aside aria-label={labels.helpTitle} className="text-sm">
      <h2 className="font-serif text-lg font-semibold">{labels.helpTitle}</h2>
      <p className="text-[var(--color-muted)]">{segment.label}</p>
      <h3 className="mt-3 font-semibold">{labels.glossaryTitle}</h3>
      {hints.length === 0 ? (
        <p className="text-[var(--color-muted)]">{labels.glossaryEmpty}</p>
      ) : (
        <ul className="space-y-2">
          {hints.map((hint) => (
            <li key={hint.termId} data-type={hint.type}>
              <span lang="id">{hint.original}</span>{' '}
              <span className="mt-1 flex flex-wrap gap-1">
                {hint.english.map((name) => (
                  <button
                    key={name}
                    type="button"
                    lang="en"
                    className="tool-button"
                    aria-label={fill(labels.insertName, { name })}
                    onClick={() => onInsert(name)}
                  >
                    {name}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-4 font-semibold">{labels.memoryTitle}</h3>
      <MemoryMatches
        key={segment.id}
        original={segment.original}
        segment={segment.id}
        memoryUrl={memoryUrl}
        labels={labels}
        onUse={onUse}
      />
      <Concordance memoryUrl={memoryUrl} labels={labels} />
    </aside>
  );
});
