'use client';

import { useEffect, useState } from 'react';
import type { EditorAction, SaveState } from './editor-state';
import { fill } from './fill';
import type { EditorLabels } from './types';

const secondsUntil = (at: number) => Math.max(0, Math.ceil((at - Date.now()) / 1000));

/** The words for a save state; `seconds` only matters while offline. */
export function describeSave(save: SaveState, labels: EditorLabels, seconds = 0): string {
  switch (save.kind) {
    case 'clean':
      return '';
    case 'unsaved':
      return labels.stateUnsaved;
    case 'saving':
      return labels.stateSaving;
    case 'saved':
      return labels.stateSaved;
    case 'offline':
      return fill(labels.stateOffline, { seconds });
    case 'conflict':
      return labels.stateConflict;
    case 'error':
      return fill(labels.stateError, { message: save.message });
  }
}

/** What the live region says after a save's answer; nothing for the actions a keystroke causes. */
export function describeOutcome(action: EditorAction, labels: EditorLabels): string | null {
  switch (action.type) {
    case 'saved':
      return labels.stateSaved;
    case 'offline':
      return fill(labels.stateOffline, { seconds: secondsUntil(action.retryAt) });
    case 'conflict':
      return labels.stateConflict;
    case 'error':
      return fill(labels.stateError, { message: action.message });
    default:
      return null;
  }
}

/** Offline: a countdown that ticks here alone, so waiting re-renders neither the row nor the editor. */
function Countdown({ retryAt, labels }: { retryAt: number; labels: EditorLabels }) {
  const [seconds, setSeconds] = useState(() => secondsUntil(retryAt));
  useEffect(() => {
    const timer = setInterval(() => setSeconds(secondsUntil(retryAt)), 1000);
    return () => clearInterval(timer);
  }, [retryAt]);
  return <>{describeSave({ kind: 'offline', retryAt }, labels, seconds)}</>;
}

/**
 * A row's save state, always on screen and never live: the editor's one polite live region
 * announces the changes, so a ticking countdown or each keystroke's "Unsaved" is not read out.
 */
export function SaveStateText({ id, save, labels }: { id: string; save: SaveState; labels: EditorLabels }) {
  return (
    <span id={id} data-save-state={save.kind} className="text-sm text-[var(--color-muted)]">
      {save.kind === 'offline' ? (
        <Countdown key={save.retryAt} retryAt={save.retryAt} labels={labels} />
      ) : (
        describeSave(save, labels)
      )}
    </span>
  );
}
