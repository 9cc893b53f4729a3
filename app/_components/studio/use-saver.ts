import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EditorAction, RowState } from './editor-state';
import { retryDelay, sendSave } from './send-save';
import type { SegmentStatus } from './types';

interface Pending {
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped per request, so an answer to an older request never overwrites a newer one's state. */
  seq: number;
}

/**
 * Saving with retries. Each attempt reads the row afresh, so a retry sends what the field holds
 * now, typed-while-offline text included. Returns a stable `save(id, overrides)`.
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
      async function save(id: string, overrides: { status?: SegmentStatus; base?: string } = {}) {
        const row = getRow(id);
        if (!row) return;
        const entry = pending.current.get(id) ?? { attempt: 0, seq: 0 };
        clearTimeout(entry.timer);
        const seq = entry.seq + 1;
        pending.current.set(id, { ...entry, seq, timer: undefined });
        const status = overrides.status ?? row.status;
        const base = overrides.base ?? row.base;
        dispatch({ type: 'saving', id, status, base });
        const outcome = await sendSave(saveUrl, { id, base, status, text: row.text });
        const current = pending.current.get(id);
        if (!current || current.seq !== seq) return;
        if (outcome.kind === 'retry') {
          const attempt = current.attempt + 1;
          const delay = retryDelay(attempt);
          const timer = setTimeout(() => void save(id), delay);
          pending.current.set(id, { ...current, attempt, timer });
          dispatch({ type: 'offline', id, retryAt: Date.now() + delay });
          return;
        }
        pending.current.set(id, { seq, attempt: 0 });
        if (outcome.kind === 'saved')
          dispatch({ type: 'saved', id, hash: outcome.hash, content: outcome.content });
        else if (outcome.kind === 'conflict') dispatch({ type: 'conflict', id, disk: outcome.disk });
        else dispatch({ type: 'error', id, message: outcome.message });
      },
    [saveUrl, dispatch, getRow],
  );

  /** Stops a scheduled retry, e.g. when the translator takes the disk's text instead. */
  const cancel = useCallback((id: string) => {
    const entry = pending.current.get(id);
    if (entry) pending.current.set(id, { seq: entry.seq + 1, attempt: 0 });
    clearTimeout(entry?.timer);
  }, []);

  return { save, cancel };
}
