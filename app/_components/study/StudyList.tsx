'use client';

import { useMemo, useState, useSyncExternalStore } from 'react';
import { studyListCsv } from '@/lib/study/csv';
import {
  parseStudyList,
  removeEntry,
  serializeStudyList,
  STUDY_STORAGE_KEY,
  type StudyEntry,
} from '@/lib/study/entry';
import { BilingualName } from '@/app/_components/glossary/BilingualName';

export interface StudyListLabels {
  loading: string;
  empty: string;
  remove: string;
  /** With `{name}`. */
  announceRemoved: string;
  open: string;
  export: string;
  exportHint: string;
  indonesian: string;
  english: string;
}

const CHANGED = 'sejajar:study-list-changed';

// localStorage is the store: other tabs report through `storage`, this tab through CHANGED.
function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}
const readRaw = () => localStorage.getItem(STUDY_STORAGE_KEY) ?? '';
// On the server (the page is static) the list is unknown: null renders the loading line.
const readNothing = () => null;

/** The saved names, read from this browser only, with Remove and an Anki CSV export. */
export function StudyList({
  locale,
  articlesPath,
  labels,
}: {
  locale: 'en' | 'id';
  articlesPath: string;
  labels: StudyListLabels;
}) {
  const raw = useSyncExternalStore(subscribe, readRaw, readNothing);
  const entries = useMemo(() => (raw === null ? null : parseStudyList(raw)), [raw]);
  const [announcement, setAnnouncement] = useState('');
  const linkOf = (entry: StudyEntry) =>
    `${articlesPath}/${entry.article}${entry.segment ? `#${entry.segment}` : ''}`;

  const remove = (entry: StudyEntry, index: number) => {
    if (!entries) return;
    localStorage.setItem(STUDY_STORAGE_KEY, serializeStudyList(removeEntry(entries, entry.termId)));
    window.dispatchEvent(new Event(CHANGED));
    setAnnouncement(labels.announceRemoved.replace('{name}', entry.name.id));
    // Focus stays in the list: on the next entry's Remove, the previous one's, or the empty note.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLElement>('[data-study-remove]');
      (buttons[Math.min(index, buttons.length - 1)] ?? document.getElementById('study-empty'))?.focus();
    });
  };
  const exportCsv = () => {
    if (!entries) return;
    const csv = studyListCsv(entries, (entry) => new URL(linkOf(entry), window.location.origin).href);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: 'sejajar-study-list.csv',
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const status = (
    <p role="status" className="sr-only">
      {announcement}
    </p>
  );
  if (entries === null) return <p className="mt-8 text-[var(--color-muted)]">{labels.loading}</p>;
  if (entries.length === 0) {
    return (
      <>
        <p id="study-empty" tabIndex={-1} className="mt-8 max-w-2xl">
          {labels.empty}
        </p>
        {status}
      </>
    );
  }
  return (
    <>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={exportCsv}
          className="study-button"
          aria-describedby="study-export-hint"
        >
          {labels.export}
        </button>
        <p id="study-export-hint" className="max-w-xl text-sm text-[var(--color-muted)]">
          {labels.exportHint}
        </p>
      </div>
      <ul className="mt-8 grid gap-8">
        {entries.map((entry, index) => (
          <li
            key={entry.termId}
            data-study-entry={entry.termId}
            className="border-t border-[var(--color-rule)] pt-4"
          >
            <h2 className="font-serif text-xl font-semibold">
              <BilingualName name={entry.name} />
            </h2>
            {entry.note[locale] ? (
              <p className="mt-1 max-w-2xl text-sm" lang={locale}>
                {entry.note[locale]}
              </p>
            ) : null}
            <dl className="mt-3 grid max-w-3xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-serif">
              <dt className="font-sans text-sm text-[var(--color-muted)]">{labels.indonesian}</dt>
              <dd lang="id">{entry.sentence.id}</dd>
              <dt className="font-sans text-sm text-[var(--color-muted)]">{labels.english}</dt>
              <dd lang="en">{entry.sentence.en}</dd>
            </dl>
            <p className="mt-3 flex flex-wrap items-center gap-4 text-sm">
              <a href={linkOf(entry)} className="link">
                {labels.open}
              </a>
              <button
                type="button"
                data-study-remove={entry.termId}
                onClick={() => remove(entry, index)}
                className="study-button"
              >
                {labels.remove}{' '}
                <span className="sr-only" lang="id">
                  {entry.name.id}
                </span>
              </button>
            </p>
          </li>
        ))}
      </ul>
      {status}
    </>
  );
}
