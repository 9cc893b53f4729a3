'use client';

import type { EditorLabels, SegmentContent } from './types';

interface Props {
  disk: SegmentContent;
  mine: string;
  labels: EditorLabels;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/**
 * Both texts side by side when someone else saved first. No last write wins: "Keep mine" re-saves
 * over the disk's new hash, "Use theirs" drops the edit, and a merge can be typed in the field
 * and then kept.
 */
export function ConflictPanel({ disk, mine, labels, onKeepMine, onUseTheirs }: Props) {
  return (
    <div
      role="group"
      aria-label={labels.conflictTitle}
      className="mt-2 rounded-md border border-[var(--color-rule)] p-3"
    >
      <p className="text-sm font-semibold">{labels.conflictTitle}</p>
      <p className="text-sm text-[var(--color-muted)]">{labels.conflictIntro}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        <figure>
          <figcaption className="text-sm font-semibold">{labels.conflictDisk}</figcaption>
          <p lang="en" data-conflict="disk" className="whitespace-pre-wrap">
            {disk.text}
          </p>
        </figure>
        <figure>
          <figcaption className="text-sm font-semibold">{labels.conflictMine}</figcaption>
          <p lang="en" data-conflict="mine" className="whitespace-pre-wrap">
            {mine}
          </p>
        </figure>
      </div>
      <div className="mt-2 flex gap-2">
        <button type="button" className="tool-button" onClick={onKeepMine}>
          {labels.keepMine}
        </button>
        <button type="button" className="tool-button" onClick={onUseTheirs}>
          {labels.useTheirs}
        </button>
      </div>
    </div>
  );
}
