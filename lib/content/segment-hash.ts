import { createHash } from 'node:crypto';
import type { CheckId } from '../checks/types';
import type { TranslationStatus } from './types';

/** What a change to a segment replaces: its status, its text and its note. */
export interface SegmentState {
  status: TranslationStatus;
  text: string;
  note?: string;
  /** Dismissed check warnings: kept with the segment, not part of its hash (no translation work). */
  dismissed?: readonly CheckId[];
}

/**
 * A short fingerprint of a segment's state, the "base" a change was made from. It covers status
 * and note as well as text: a reviewer's sign-off or note made since the export is newer work
 * too, and a merge of the older state would undo it. The first 16 hex digits of a SHA-256
 * (64 bits) tell versions of one segment apart with room to spare; export, merge and the
 * workspace all use this one function.
 */
export function segmentHash({ status, text, note }: SegmentState): string {
  return createHash('sha256')
    .update(JSON.stringify([status, text, note ?? null]))
    .digest('hex')
    .slice(0, 16);
}

export function sameSegmentState(a: SegmentState, b: SegmentState): boolean {
  const dismissed = (s: SegmentState) => [...(s.dismissed ?? [])].sort().join(' ');
  return (
    a.status === b.status && a.text === b.text && (a.note ?? '') === (b.note ?? '') && dismissed(a) === dismissed(b)
  );
}
