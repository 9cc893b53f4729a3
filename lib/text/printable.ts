import { INVISIBLE_CHARACTERS } from './policy';

/**
 * A text made safe to print to a terminal: control characters (an ESC starts a sequence that
 * can recolour, move or retitle the terminal) and invisible or bidi characters (which can make a
 * line read differently than it is) are written as escapes such as `\x1b` and `\u{202e}`.
 * Newlines stay when `keepNewlines` is set, so multi-line messages still read as lines.
 */
const UNPRINTABLE = new RegExp(
  `[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f${INVISIBLE_CHARACTERS}]`,
  'gu',
);

export function printable(text: string, { keepNewlines = true } = {}): string {
  const escaped = text.replace(UNPRINTABLE, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
  return keepNewlines ? escaped : escaped.replace(/\n/g, '\\n');
}

/** JSON for a terminal: as `JSON.stringify`, with what it leaves raw (C1, bidi, invisible) as `\\u` escapes. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNPRINTABLE,
    (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
