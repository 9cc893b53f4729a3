'use client';

import { useId, useState } from 'react';
import type { EditorLabels } from './types';

/**
 * The editor's keys, behind a disclosure button. Every key has a pointer or Tab alternative (the
 * row's Save and Copy original buttons, the status select, Tab between fields), since Alt+letter
 * and Alt+arrow combinations are taken by some screen readers and browsers (WCAG 2.1.4).
 */
export function ShortcutsHelp({ labels }: { labels: EditorLabels }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rows: [string[], string][] = [
    [['Ctrl+Enter', '⌘+Enter'], labels.shortcutSave],
    [['Ctrl+Shift+Enter', '⌘+Shift+Enter'], labels.shortcutReviewed],
    [['Alt+↓'], labels.shortcutNext],
    [['Alt+↑'], labels.shortcutPrevious],
    [['Alt+C'], labels.shortcutCopy],
  ];
  return (
    <div>
      <button
        type="button"
        className="tool-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {labels.shortcutsTitle}
      </button>
      <dl
        id={panelId}
        hidden={!open}
        className="mt-2 grid rounded-md border border-[var(--color-rule)] p-3 grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
      >
        {rows.map(([keys, action]) => (
          <div key={action} className="contents">
            <dt className="whitespace-nowrap">
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 ? ' / ' : null}
                  <kbd className="rounded border border-b-2 border-[var(--color-rule)] px-1 font-sans">
                    {key}
                  </kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
