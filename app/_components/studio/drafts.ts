import type { SegmentStatus } from './types';

/**
 * Unsaved text lives in localStorage from the first keystroke until the server acknowledges it, so
 * a crash, a closed tab or a lost connection never costs an edit. One key per segment, so writing
 * one draft never rewrites the others.
 */
export interface Draft {
  text: string;
  status: SegmentStatus;
  /** The disk hash the edit started from: a different hash on load means someone saved meanwhile. */
  base: string;
  /** When the draft was last written (ms since the epoch), to say "from 14:05". */
  savedAt: number;
}

export const draftKey = (slug: string, id: string) => `sejajar.studio.draft.${slug}.${id}`;

const statuses: readonly string[] = ['pending', 'translated', 'reviewed'];

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.text === 'string' &&
    typeof v.status === 'string' &&
    statuses.includes(v.status) &&
    typeof v.base === 'string' &&
    (v.savedAt === undefined || typeof v.savedAt === 'number')
  );
}

/** Storage can be full, disabled or hold junk from an older version: none of that may break the editor. */
export function readDraft(slug: string, id: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(slug, id));
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isDraft(parsed)) return null;
    return { ...parsed, savedAt: parsed.savedAt ?? 0 };
  } catch {
    return null;
  }
}

export function writeDraft(slug: string, id: string, draft: Draft): void {
  try {
    window.localStorage.setItem(draftKey(slug, id), JSON.stringify(draft));
  } catch {
    // Quota or privacy mode: the edit is still in memory and the leave warning still guards it.
  }
}

export function removeDraft(slug: string, id: string): void {
  try {
    window.localStorage.removeItem(draftKey(slug, id));
  } catch {
    // Nothing to do: a stale draft is offered back once and can be discarded.
  }
}
