'use client';

import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { removeDraft } from './drafts';
import { EditorProgress } from './EditorProgress';
import { editorCommand } from './editor-keys';
import { editorReducer, initialState, isDirty, type EditorAction } from './editor-state';
import { fill } from './fill';
import { HelpAside } from './HelpAside';
import { mentionedHints } from './mentions';
import { runChecks } from './run-checks';
import { describeOutcome } from './SaveStateText';
import { fieldId, SegmentRow, type RowActions } from './SegmentRow';
import { sendSave } from './send-save';
import { ShortcutsHelp } from './ShortcutsHelp';
import type { EditorProps, SegmentStatus } from './types';
import { useLeaveWarning } from './use-leave-warning';
import { useSaver } from './use-saver';
import { useStoredDrafts } from './use-stored-drafts';

/**
 * The translation workspace's editor: one memoised row per segment, one reducer for their state,
 * and keys handled by one listener on the list. Every callback a row receives is stable and
 * reads the latest state from a ref, which is what keeps typing in one row from re-rendering the
 * rest (the 200-row test proves it).
 */
export function StudioEditor({
  slug,
  locale,
  segments,
  glossary,
  saveUrl,
  memoryUrl,
  readerUrl,
  labels,
}: EditorProps) {
  const [state, dispatch] = useReducer(editorReducer, segments, initialState);
  const [activeId, setActiveId] = useState(segments[0]?.id);
  const [announcement, setAnnouncement] = useState('');
  const stateRef = useRef(state);
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  useStoredDrafts(slug, segments, dispatch);

  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  const namesById = useMemo(
    () => new Map(segments.map((s) => [s.id, mentionedHints(s, glossary).map((hint) => hint.english)])),
    [segments, glossary],
  );
  const getRow = useCallback((id: string) => stateRef.current.rows[id], []);
  const errorsIn = useCallback(
    (id: string) => {
      const row = getRow(id);
      const segment = byId.get(id);
      if (!row || !segment) return [];
      return runChecks(segment.original, row.text, namesById.get(id) ?? []).filter(
        (i) => i.severity === 'error',
      );
    },
    [getRow, byId, namesById],
  );

  // Save outcomes go to the one polite live region; keystrokes never do.
  const announce = useCallback(
    (id: string, text: string) =>
      setAnnouncement(fill(labels.announceState, { label: byId.get(id)?.label ?? id, state: text })),
    [labels, byId],
  );
  const dispatchAndAnnounce = useCallback(
    (action: EditorAction) => {
      dispatch(action);
      const said = describeOutcome(action, labels);
      // "Saved" is announced only when the field still holds what was saved.
      if (!said || action.type === 'drafts') return;
      if (action.type !== 'saved' || getRow(action.id)?.text === action.content.text)
        announce(action.id, said);
    },
    [announce, labels, getRow],
  );
  const { save, cancel } = useSaver(saveUrl, dispatchAndAnnounce, getRow);

  const focusField = useCallback((id: string | undefined) => {
    if (id) document.getElementById(fieldId(id))?.focus();
  }, []);

  /** Puts text into a field, replacing its selection (or everything), and leaves the caret after it. */
  const insert = useCallback(
    (id: string, text: string, whole = false) => {
      const row = getRow(id);
      if (!row) return;
      const field = document.getElementById(fieldId(id)) as HTMLTextAreaElement | null;
      const start = whole ? 0 : (field?.selectionStart ?? row.text.length);
      const end = whole ? row.text.length : (field?.selectionEnd ?? row.text.length);
      flushSync(() =>
        dispatch({ type: 'edit', id, text: row.text.slice(0, start) + text + row.text.slice(end) }),
      );
      field?.focus();
      field?.setSelectionRange(start + text.length, start + text.length);
    },
    [getRow],
  );

  /** Saves with the status raised to at least "translated" once there is text. */
  const saveRow = useCallback(
    (id: string) => {
      const row = getRow(id);
      if (!row) return;
      const status: SegmentStatus =
        row.text.trim() !== '' && row.status === 'pending' ? 'translated' : row.status;
      if (
        !isDirty(row) &&
        status === row.disk.status &&
        row.save.kind !== 'error' &&
        row.save.kind !== 'conflict'
      )
        return;
      void save(id, { status });
    },
    [getRow, save],
  );

  const refuseReviewed = useCallback(
    (id: string) => {
      const row = getRow(id);
      const reason =
        !row || row.text.trim() === ''
          ? labels.reviewEmpty
          : errorsIn(id).length > 0
            ? labels.reviewRefused
            : null;
      if (reason) {
        dispatch({ type: 'notice', id, notice: reason });
        announce(id, reason);
      }
      return reason !== null;
    },
    [getRow, errorsIn, labels, announce],
  );

  const needsWork = useCallback(
    (id: string) => {
      const row = getRow(id);
      return !!row && (row.status === 'pending' || isDirty(row) || errorsIn(id).length > 0);
    },
    [getRow, errorsIn],
  );

  const actions = useMemo<RowActions>(
    () => ({
      edit: (id, text) => dispatch({ type: 'edit', id, text }),
      setStatus: (id, status) => {
        if (status === 'reviewed' && refuseReviewed(id)) return;
        dispatch({ type: 'status', id, status });
      },
      save: saveRow,
      copyOriginal: (id) => insert(id, byId.get(id)?.original ?? ''),
      activate: setActiveId,
      keepMine: (id) => {
        const hash = getRow(id)?.conflict?.hash;
        if (hash) void save(id, { base: hash });
      },
      useTheirs: (id) => {
        cancel(id);
        dispatch({ type: 'useTheirs', id });
      },
      restore: (id) => dispatch({ type: 'restore', id }),
      // A dismissal is stored with the segment as the disk holds it, whatever is being typed.
      dismiss: (id, check) => {
        const row = getRow(id);
        if (!row) return;
        const dismissed = [...new Set([...row.dismissed, check])];
        void sendSave(saveUrl, { id, base: row.base, ...row.disk, dismissed }).then((outcome) => {
          if (outcome.kind === 'saved') dispatch({ type: 'dismissed', id, dismissed });
          else dispatch({ type: 'notice', id, notice: labels.stateConflict });
        });
      },
      discard: (id) => {
        removeDraft(slug, id);
        dispatch({ type: 'discard', id });
      },
    }),
    [refuseReviewed, saveRow, insert, byId, getRow, save, cancel, slug, saveUrl, labels],
  );

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent<HTMLElement>) => {
      const command = editorCommand(event);
      const id = (event.target as HTMLElement).closest<HTMLElement>('[data-studio-row]')?.dataset.studioRow;
      if (!command || !id) return;
      event.preventDefault();
      const index = segments.findIndex((s) => s.id === id);
      if (command === 'review') {
        if (!refuseReviewed(id)) void save(id, { status: 'reviewed' });
      } else if (command === 'save') {
        saveRow(id);
        const after = [...segments.slice(index + 1), ...segments.slice(0, index)];
        const next = after.find((s) => needsWork(s.id));
        if (next) focusField(next.id);
        else announce(id, labels.allDone);
      } else if (command === 'copy') actions.copyOriginal(id);
      else focusField(segments[index + (command === 'next' ? 1 : -1)]?.id);
    },
    [segments, refuseReviewed, save, saveRow, needsWork, focusField, announce, labels, actions],
  );

  useLeaveWarning(
    useCallback(
      () => Object.values(stateRef.current.rows).some((r) => isDirty(r) || r.save.kind === 'saving'),
      [],
    ),
  );

  const onInsert = useCallback((text: string) => activeId && insert(activeId, text), [activeId, insert]);
  const onUse = useCallback((text: string) => activeId && insert(activeId, text, true), [activeId, insert]);

  const rows = Object.values(state.rows);
  const translated = rows.filter((r) => r.disk.status === 'translated').length;
  const reviewed = rows.filter((r) => r.disk.status === 'reviewed').length;

  return (
    <div className="reading-surface">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-[var(--color-rule)] pb-3">
        <h1 className="font-serif text-2xl font-semibold">{labels.title}</h1>
        <a href={readerUrl} className="link text-sm">
          {labels.openReader}
        </a>
        <EditorProgress translated={translated} reviewed={reviewed} total={segments.length} labels={labels} />
        <ShortcutsHelp labels={labels} />
      </header>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div onKeyDown={onKeyDown}>
          <div
            aria-hidden="true"
            className="hidden gap-4 py-2 text-sm font-semibold text-[var(--color-muted)] md:grid md:grid-cols-2"
          >
            <span>{labels.originalColumn}</span>
            <span>{labels.englishColumn}</span>
          </div>
          {segments.map((segment) => {
            const row = state.rows[segment.id];
            return row ? (
              <SegmentRow
                key={segment.id}
                slug={slug}
                locale={locale}
                segment={segment}
                row={row}
                active={segment.id === activeId}
                glossaryNames={namesById.get(segment.id) ?? noNames}
                labels={labels}
                actions={actions}
              />
            ) : null;
          })}
        </div>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <HelpAside
            segment={activeId ? byId.get(activeId) : undefined}
            glossary={glossary}
            memoryUrl={memoryUrl}
            labels={labels}
            onInsert={onInsert}
            onUse={onUse}
          />
        </div>
      </div>
    </div>
  );
}

const noNames: string[][] = [];
