'use client';

import { memo, useEffect, useMemo, useRef } from 'react';
import { ConflictPanel } from './ConflictPanel';
import { DraftOffer } from './DraftOffer';
import { removeDraft, writeDraft } from './drafts';
import { isDirty, type RowState } from './editor-state';
import { fill } from './fill';
import { runChecks } from './run-checks';
import { SaveStateText } from './SaveStateText';
import { SegmentOriginal } from './SegmentOriginal';
import type { EditorLabels, EditorSegment, SegmentStatus } from './types';

/** Everything a row can ask of the editor, as one object made once: rows stay memoised. */
export interface RowActions {
  edit: (id: string, text: string) => void;
  setStatus: (id: string, status: SegmentStatus) => void;
  save: (id: string) => void;
  copyOriginal: (id: string) => void;
  activate: (id: string) => void;
  keepMine: (id: string) => void;
  useTheirs: (id: string) => void;
  restore: (id: string) => void;
  discard: (id: string) => void;
  dismiss: (id: string, check: string) => void;
}

export interface SegmentRowProps {
  slug: string;
  locale: 'en' | 'id';
  segment: EditorSegment;
  row: RowState;
  active: boolean;
  /** The English names of each glossary mention in the original, for the checks. */
  glossaryNames: string[][];
  labels: EditorLabels;
  actions: RowActions;
}

export const fieldId = (id: string) => `studio-field-${id}`;
const statuses: SegmentStatus[] = ['pending', 'translated', 'reviewed'];

export function SegmentRowView({
  slug,
  locale,
  segment,
  row,
  active,
  glossaryNames,
  labels,
  actions,
}: SegmentRowProps) {
  const { id } = segment;
  const issues = useMemo(
    () =>
      runChecks(segment.original, row.text, glossaryNames).filter(
        (issue) => issue.severity === 'error' || !row.dismissed.includes(issue.check),
      ),
    [segment.original, row.text, glossaryNames, row.dismissed],
  );
  const dirty = isDirty(row);

  // The draft mirrors the row: written while the field differs from the disk, removed once the
  // server holds it. Only a row that was dirty removes one, so a draft from an earlier visit
  // survives the first render, before the editor has read it back.
  const wasDirty = useRef(false);
  useEffect(() => {
    if (dirty) {
      writeDraft(slug, id, { text: row.text, status: row.status, base: row.base, savedAt: Date.now() });
      wasDirty.current = true;
    } else if (wasDirty.current) {
      removeDraft(slug, id);
      wasDirty.current = false;
    }
  }, [slug, id, dirty, row.text, row.status, row.base]);

  const statusNames: Record<SegmentStatus, string> = {
    pending: labels.statusPending,
    translated: labels.statusTranslated,
    reviewed: labels.statusReviewed,
  };
  const stateId = `studio-state-${id}`;
  const issuesId = `studio-issues-${id}`;
  return (
    // A named group, not a <section>: 200 region landmarks would drown the page's own.
    <div
      role="group"
      data-studio-row={id}
      data-active={active || undefined}
      aria-labelledby={`studio-label-${id}`}
      onFocus={() => actions.activate(id)}
      className="grid gap-4 border-b border-[var(--color-rule)] py-4 data-[active]:bg-[color-mix(in_srgb,var(--color-mark)_35%,transparent)] md:grid-cols-2"
    >
      <div>
        <h2 id={`studio-label-${id}`} className="text-sm font-semibold text-[var(--color-muted)]">
          {segment.label}
        </h2>
        <SegmentOriginal segment={segment} />
      </div>
      <div>
        <textarea
          id={fieldId(id)}
          lang="en"
          value={row.text}
          rows={Math.max(3, Math.ceil(segment.original.length / 60))}
          aria-label={fill(labels.fieldLabel, { label: segment.label })}
          aria-describedby={`${stateId} ${issuesId}`}
          aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
          onChange={(e) => actions.edit(id, e.target.value)}
          className="prose-block w-full rounded-md border border-[var(--color-rule)] bg-transparent p-2"
        />
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <select
            aria-label={fill(labels.statusLabel, { label: segment.label })}
            value={row.status}
            onChange={(e) => actions.setStatus(id, e.target.value as SegmentStatus)}
            className="tool-button"
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusNames[s]}
              </option>
            ))}
          </select>
          <button type="button" className="tool-button" onClick={() => actions.save(id)}>
            {labels.save}
          </button>
          <button type="button" className="tool-button" onClick={() => actions.copyOriginal(id)}>
            {labels.copyOriginal}
          </button>
          <SaveStateText id={stateId} save={row.save} labels={labels} />
        </div>
        <div id={issuesId}>
          {row.notice ? <p className="mt-1 text-sm font-semibold">{row.notice}</p> : null}
          {issues.length > 0 ? (
            <ul aria-label={labels.issuesLabel} className="mt-1 text-sm">
              {issues.map((issue) => (
                <li key={issue.check + issue.message} data-severity={issue.severity}>
                  <strong>
                    {issue.severity === 'error' ? labels.severityError : labels.severityWarning}
                  </strong>{' '}
                  {issue.message}
                  {issue.severity === 'warning' ? (
                    <button
                      type="button"
                      className="tool-button ml-2"
                      aria-label={fill(labels.dismissWarning, { message: issue.message })}
                      onClick={() => actions.dismiss(id, issue.check)}
                    >
                      {labels.dismiss}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        {row.offer ? (
          <DraftOffer
            draft={row.offer}
            locale={locale}
            labels={labels}
            onRestore={() => actions.restore(id)}
            onDiscard={() => actions.discard(id)}
          />
        ) : null}
        {row.conflict && row.save.kind === 'conflict' ? (
          <ConflictPanel
            disk={row.conflict}
            mine={row.text}
            labels={labels}
            onKeepMine={() => actions.keepMine(id)}
            onUseTheirs={() => actions.useTheirs(id)}
          />
        ) : null}
      </div>
    </div>
  );
}

/** Memoised on reference equality: typing in one row hands only that row a new `row` object. */
export const SegmentRow = memo(SegmentRowView);
