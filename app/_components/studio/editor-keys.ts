/** What a key press inside a row asks of the editor; `null` leaves the key to the browser. */
export type EditorCommand = 'save' | 'review' | 'next' | 'previous' | 'copy';

interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/**
 * The editor's keys. Ctrl on Windows and Linux, Cmd on a Mac. Alt+letter is read from `code`,
 * since on a Mac Option+C types "ç"; Alt+arrows stay native on a select, where they open it.
 */
export function editorCommand(event: KeyLike): EditorCommand | null {
  const command = event.ctrlKey || event.metaKey;
  if (command && event.key === 'Enter') return event.shiftKey ? 'review' : 'save';
  if (!event.altKey || command) return null;
  const onSelect = event.target instanceof HTMLSelectElement;
  if (event.key === 'ArrowDown' && !onSelect) return 'next';
  if (event.key === 'ArrowUp' && !onSelect) return 'previous';
  if (event.code === 'KeyC') return 'copy';
  return null;
}
