import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EditorAction, RowState } from './editor-state';
import { retryDelay, sendSave } from './send-save';
import type { SegmentStatus } from './types';

type Overrides = { status?: SegmentStatus; base?: string };

interface Pending {
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
  inFlight: boolean;
  /** A save asked for while one was in flight: sent once the first answers, over its new hash. */
  queued?: Overrides;
}

/**
 * Saving with retries. One request per segment at a time: a second save sent before the first
 * answers would carry the old base and collide with our own write as a conflict. Each attempt
 * reads the row afresh, so a retry sends what the field holds now. Every answer is applied, even
 * after "Use theirs", because each one says what the disk holds.
 */
export function useSaver(
  saveUrl: string,
  dispatch: (action: EditorAction) => void,
  getRow: (id: string) => RowState | undefined,
) {
  const pending = useRef(new Map<string, Pending>());

  useEffect(() => {
    const map = pending.current;
    return () => map.forEach((p) => clearTimeout(p.timer));
  }, []);

  // A named function inside useMemo, so a retry can call it again by name.
  const save = useMemo(
    () =>
      async function save(id: string, overrides: Overrides = {}) {
        const row = getRow(id);
        if (!row) return;
        const entry: Pending = pending.current.get(id) ?? { attempt: 0, inFlight: false };
        pending.current.set(id, entry);
        if (entry.inFlight) {
          entry.queued = { ...entry.queued, ...overrides };
          return;
        }
        clearTimeout(entry.timer);
        entry.timer = undefined;
        entry.inFlight = true;
        const status = overrides.status ?? row.status;
        const base = overrides.base ?? row.base;
        dispatch({ type: 'saving', id, status, base });
        const outcome = await sendSave(saveUrl, { id, base, status, text: row.text });
        entry.inFlight = false;
        const queued = entry.queued;
        entry.queued = undefined;
        if (outcome.kind === 'retry') {
          if (queued) return void save(id, { status, ...queued });
          entry.attempt += 1;
          const delay = retryDelay(entry.attempt);
          entry.timer = setTimeout(() => void save(id), delay);
          dispatch({ type: 'offline', id, retryAt: Date.now() + delay });
          return;
        }
        entry.attempt = 0;
        if (outcome.kind === 'saved') {
          dispatch({ type: 'saved', id, hash: outcome.hash, content: outcome.content });
          // The row state has not re-rendered yet, so the new base is passed along.
          if (queued) void save(id, { ...queued, base: outcome.hash });
        } else if (outcome.kind === 'conflict') dispatch({ type: 'conflict', id, disk: outcome.disk });
        else dispatch({ type: 'error', id, message: outcome.message });
      },
    [saveUrl, dispatch, getRow],
  );

  // Back online: retry now rather than wait out the backoff.
  useEffect(() => {
    const onOnline = () =>
      pending.current.forEach((entry, id) => {
        if (entry.timer !== undefined) void save(id);
      });
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [save]);

  /** Stops a scheduled retry, e.g. when the translator takes the disk's text instead. */
  const cancel = useCallback((id: string) => {
    const entry = pending.current.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.queued = undefined;
    entry.attempt = 0;
  }, []);

  return { save, cancel };
}
