// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { editorCommand } from './editor-keys';

const key = (
  key: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
  code = '',
) => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target: null,
  ...mods,
});

it('reads Ctrl or Cmd with Enter as save, and with Shift as review', () => {
  expect(editorCommand(key('Enter', { ctrlKey: true }))).toBe('save');
  expect(editorCommand(key('Enter', { metaKey: true }))).toBe('save');
  expect(editorCommand(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe('review');
  expect(editorCommand(key('Enter'))).toBeNull();
});

it('reads Alt+C by its physical key, so Option+C on a Mac (which types ç) works too', () => {
  expect(editorCommand(key('ç', { altKey: true }, 'KeyC'))).toBe('copy');
  expect(editorCommand(key('c', { altKey: true, ctrlKey: true }, 'KeyC'))).toBeNull();
});

it('moves with Alt+arrows, except on a select where they open the list', () => {
  expect(editorCommand(key('ArrowDown', { altKey: true }))).toBe('next');
  expect(editorCommand(key('ArrowUp', { altKey: true }))).toBe('previous');
  const select = { ...key('ArrowDown', { altKey: true }), target: document.createElement('select') };
  expect(editorCommand(select)).toBeNull();
});
