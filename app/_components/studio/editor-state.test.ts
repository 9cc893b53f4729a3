import { expect, it } from 'vitest';
import { editorReducer, initialState, isDirty, type EditorState } from './editor-state';
import { segment } from './editor-fixture';

const start = () =>
  initialState([segment('p1', 'Satu', 'One', { status: 'reviewed' }), segment('p2', 'Dua')]);
const rowOf = (state: EditorState, id = 'p1') => state.rows[id]!;

it('replaces only the edited row, so the other rows keep their objects', () => {
  const before = start();
  const after = editorReducer(before, { type: 'edit', id: 'p1', text: 'One!' });
  expect(after.rows.p2).toBe(before.rows.p2);
  expect(rowOf(after)).toMatchObject({ text: 'One!', status: 'translated', save: { kind: 'unsaved' } });
  expect(isDirty(rowOf(after))).toBe(true);
});

it('keeps text typed during a save unsaved when the save answers', () => {
  let state = editorReducer(start(), { type: 'edit', id: 'p2', text: 'Two' });
  state = editorReducer(state, { type: 'saving', id: 'p2', status: 'translated', base: 'hash-p2-0' });
  state = editorReducer(state, { type: 'edit', id: 'p2', text: 'Two.' });
  state = editorReducer(state, {
    type: 'saved',
    id: 'p2',
    hash: 'h1',
    content: { text: 'Two', status: 'translated' },
  });
  expect(rowOf(state, 'p2')).toMatchObject({ base: 'h1', save: { kind: 'unsaved' }, disk: { text: 'Two' } });
});

it('keeps a conflict or an offline retry on screen while the translator types', () => {
  let state = editorReducer(start(), { type: 'offline', id: 'p1', retryAt: 5 });
  state = editorReducer(state, { type: 'edit', id: 'p1', text: 'Uno' });
  expect(rowOf(state).save).toEqual({ kind: 'offline', retryAt: 5 });
  state = editorReducer(state, {
    type: 'conflict',
    id: 'p1',
    disk: { text: 'Eins', status: 'pending', hash: 'h9' },
  });
  state = editorReducer(state, { type: 'edit', id: 'p1', text: 'Uno, Eins' });
  expect(rowOf(state).save).toEqual({ kind: 'conflict' });
  state = editorReducer(state, { type: 'useTheirs', id: 'p1' });
  expect(rowOf(state)).toEqual({
    text: 'Eins',
    status: 'pending',
    base: 'h9',
    disk: { text: 'Eins', status: 'pending' },
    save: { kind: 'clean' },
    dismissed: [],
  });
});

it('records the warnings dismissed for a row, leaving its text and save state alone', () => {
  const state = editorReducer(start(), { type: 'dismissed', id: 'p1', dismissed: ['repeated-word'] });
  expect(rowOf(state).dismissed).toEqual(['repeated-word']);
  expect(rowOf(state).save).toEqual(rowOf(start()).save);
});

it('offers a draft over the disk hash, shows one over another hash as a conflict, ignores one equal to the disk', () => {
  const before = start();
  const state = editorReducer(before, {
    type: 'drafts',
    drafts: {
      p1: { text: 'One', status: 'reviewed', base: 'old', savedAt: 1 },
      p2: { text: 'Two', status: 'translated', base: 'hash-p2-0', savedAt: 1 },
    },
  });
  expect(state.rows.p1).toBe(before.rows.p1); // equal to the disk: nothing to offer
  expect(rowOf(state, 'p2')).toMatchObject({ text: '', offer: { text: 'Two' } });
  const conflicted = editorReducer(start(), {
    type: 'drafts',
    drafts: { p1: { text: 'Uno', status: 'translated', base: 'old', savedAt: 1 } },
  });
  expect(rowOf(conflicted)).toMatchObject({
    text: 'Uno',
    base: 'old',
    save: { kind: 'conflict' },
    conflict: { text: 'One', status: 'reviewed', hash: 'hash-p1-0' },
  });
});
