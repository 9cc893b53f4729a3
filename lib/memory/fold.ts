/**
 * Case- and accent-insensitive text: "Sejajar" and "séjajar" both fold to "sejajar". Folded one
 * character at a time, so that every folded character maps back to a character of the text (for
 * highlighting) and a word folds the same alone as inside its sentence. ASCII, nearly all of it
 * here, takes a fast path that folds the same way.
 */
export function fold(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  let folded = '';
  for (const char of text) folded += foldChar(char);
  return folded;
}

/** The folded text and, for each of its code units, the offset of the text's character it came from. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let k = 0; k < piece.length; k++) offsets.push(at);
    folded += piece;
    at += char.length;
  }
  offsets.push(at);
  return { folded, offsets };
}

function foldChar(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** ASCII folds by plain lower-casing, one character to one, so its offsets need no map. */
export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}
