'use client';

import { useEffect, useState } from 'react';
import { fill } from './fill';
import type { EditorLabels, MemoryMatch } from './types';

type Lookup = { kind: 'loading' } | { kind: 'done'; matches: MemoryMatch[] } | { kind: 'failed' };

/** Wait this long after the active segment changes, so moving through rows fires no request per row. */
export const MEMORY_DEBOUNCE_MS = 300;

function isMatchList(body: unknown): body is { matches: MemoryMatch[] } {
  return typeof body === 'object' && body !== null && Array.isArray((body as { matches?: unknown }).matches);
}

interface Props {
  original: string;
  /** The active segment's id: its own translation is not a match for itself. */
  segment: string;
  memoryUrl: string;
  labels: EditorLabels;
  onUse: (translation: string) => void;
}

/** Translation-memory matches for one original. Keyed by segment, so a new segment starts loading afresh. */
export function MemoryMatches({ original, segment, memoryUrl, labels, onUse }: Props) {
  const [lookup, setLookup] = useState<Lookup>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const query = `q=${encodeURIComponent(original)}&segment=${encodeURIComponent(segment)}`;
        const response = await fetch(`${memoryUrl}${memoryUrl.includes('?') ? '&' : '?'}${query}`, {
          signal: controller.signal,
        });
        const body: unknown = response.ok ? await response.json() : null;
        setLookup(isMatchList(body) ? { kind: 'done', matches: body.matches } : { kind: 'failed' });
      } catch {
        if (!controller.signal.aborted) setLookup({ kind: 'failed' });
      }
    }, MEMORY_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [original, segment, memoryUrl]);

  if (lookup.kind === 'loading')
    return <p className="text-sm text-[var(--color-muted)]">{labels.memoryLoading}</p>;
  if (lookup.kind === 'failed')
    return <p className="text-sm text-[var(--color-muted)]">{labels.memoryFailed}</p>;
  if (lookup.matches.length === 0)
    return <p className="text-sm text-[var(--color-muted)]">{labels.memoryEmpty}</p>;
  return (
    <ul className="space-y-3">
      {lookup.matches.map((match, i) => (
        <li key={i} className="border-t border-[var(--color-rule)] pt-2 text-sm">
          <p className="font-semibold">
            {fill(labels.memoryScore, { score: Math.round(match.score * 100) })}
          </p>
          <p lang="id">
            {match.diff.map((part, j) =>
              part.op === 'insert' ? (
                <ins key={j}>{part.text}</ins>
              ) : part.op === 'delete' ? (
                <del key={j}>{part.text}</del>
              ) : (
                <span key={j}>{part.text}</span>
              ),
            )}
          </p>
          <p lang="en" className="mt-1">
            {match.translation}
          </p>
          <p className="text-[var(--color-muted)]">{fill(labels.memorySource, { source: match.source })}</p>
          <button type="button" className="tool-button mt-1" onClick={() => onUse(match.translation)}>
            {labels.useMatch}
          </button>
        </li>
      ))}
    </ul>
  );
}
