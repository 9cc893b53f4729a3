import type { Draft } from './drafts';
import type { EditorSegment, SegmentContent, SegmentStatus } from './types';

/**
 * The editor's state as one reducer, so every row callback is the stable `dispatch` and typing in
 * one row replaces only that row's object: the memoised rows compare props by reference, and the
 * other 199 see nothing new.
 */

export type SaveState =
  | { kind: 'clean' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline'; retryAt: number }
  | { kind: 'conflict' }
  | { kind: 'error'; message: string };

export interface RowState {
  /** What the field shows. */
  text: string;
  status: SegmentStatus;
  /** The disk hash this edit starts from, sent as `base`. */
  base: string;
  /** What the disk holds, as far as the editor knows: the edit is unsaved while it differs. */
  disk: SegmentContent;
  save: SaveState;
  /** The disk side of a conflict (a 409, or a draft whose base is no longer on disk). */
  conflict?: SegmentContent & { hash: string };
  /** A draft found on load that differs from the disk, awaiting Restore or Discard. */
  offer?: Draft;
  /** A refusal to show in the row, e.g. "reviewed" with errors. */
  notice?: string;
  /** Check warnings dismissed for this segment, as the disk holds them. */
  dismissed: string[];
}

export interface EditorState {
  rows: Record<string, RowState>;
}

export type EditorAction =
  | { type: 'drafts'; drafts: Record<string, Draft> }
  | { type: 'edit'; id: string; text: string }
  | { type: 'status'; id: string; status: SegmentStatus }
  | { type: 'notice'; id: string; notice: string }
  | { type: 'saving'; id: string; status: SegmentStatus; base: string }
  | { type: 'saved'; id: string; hash: string; content: SegmentContent }
  | { type: 'offline'; id: string; retryAt: number }
  | { type: 'conflict'; id: string; disk: SegmentContent & { hash: string } }
  | { type: 'error'; id: string; message: string }
  | { type: 'useTheirs'; id: string }
  | { type: 'restore'; id: string }
  | { type: 'discard'; id: string }
  | { type: 'dismissed'; id: string; dismissed: string[] };

export const isDirty = (row: RowState) => row.text !== row.disk.text || row.status !== row.disk.status;

/** The state as the server rendered it: drafts are read after hydration, by `drafts`. */
export function initialState(segments: EditorSegment[]): EditorState {
  const rows: Record<string, RowState> = {};
  for (const s of segments) {
    const disk = { text: s.text, status: s.status };
    rows[s.id] = { ...disk, base: s.hash, disk, save: { kind: 'clean' }, dismissed: s.dismissed };
  }
  return { rows };
}

/**
 * A draft from an earlier visit: offered back if it started from what is on disk now, shown as a
 * conflict with both texts if someone has saved since. A draft equal to the disk is no news.
 */
function withDraft(row: RowState, draft: Draft): RowState {
  if (draft.text === row.disk.text && draft.status === row.disk.status) return row;
  if (draft.base === row.base) return { ...row, offer: draft };
  return {
    ...row,
    text: draft.text,
    status: draft.status,
    base: draft.base,
    save: { kind: 'conflict' },
    conflict: { ...row.disk, hash: row.base },
  };
}

/** Edits keep a conflict, an offline retry or an offer on screen: each is still true after a keystroke. */
function afterEdit(row: RowState): SaveState {
  const k = row.save.kind;
  return k === 'conflict' || k === 'offline' ? row.save : { kind: 'unsaved' };
}

function update(row: RowState, action: Exclude<EditorAction, { type: 'drafts' }>): RowState {
  switch (action.type) {
    case 'edit':
      // Changing reviewed text makes it a translation again: the review was of the old words.
      return {
        ...row,
        text: action.text,
        status: row.status === 'reviewed' ? 'translated' : row.status,
        save: afterEdit(row),
        notice: undefined,
      };
    case 'status':
      return { ...row, status: action.status, save: afterEdit(row), notice: undefined };
    case 'notice':
      return { ...row, notice: action.notice };
    case 'saving':
      return {
        ...row,
        status: action.status,
        base: action.base,
        save: { kind: 'saving' },
        notice: undefined,
      };
    case 'saved': {
      const next = { ...row, base: action.hash, disk: action.content, conflict: undefined };
      // Text typed while the request was in flight is still unsaved.
      return { ...next, save: isDirty(next) ? { kind: 'unsaved' } : { kind: 'saved' } };
    }
    case 'offline':
      return { ...row, save: { kind: 'offline', retryAt: action.retryAt } };
    case 'conflict':
      return { ...row, save: { kind: 'conflict' }, conflict: action.disk };
    case 'error':
      return { ...row, save: { kind: 'error', message: action.message } };
    case 'useTheirs': {
      if (!row.conflict) return row;
      const { hash, ...disk } = row.conflict;
      return { ...disk, base: hash, disk, save: { kind: 'clean' }, dismissed: row.dismissed };
    }
    case 'restore':
      if (!row.offer) return row;
      return {
        ...row,
        text: row.offer.text,
        status: row.offer.status,
        offer: undefined,
        save: { kind: 'unsaved' },
      };
    case 'discard':
      return { ...row, offer: undefined };
    case 'dismissed':
      return { ...row, dismissed: action.dismissed };
  }
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  if (action.type === 'drafts') {
    const rows = { ...state.rows };
    for (const [id, draft] of Object.entries(action.drafts)) {
      const row = rows[id];
      if (row) rows[id] = withDraft(row, draft);
    }
    return { rows };
  }
  const row = state.rows[action.id];
  if (!row) return state;
  const next = update(row, action);
  return next === row ? state : { rows: { ...state.rows, [action.id]: next } };
}
