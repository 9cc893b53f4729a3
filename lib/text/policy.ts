/**
 * What a stored text may hold. One policy for every text Sejajar keeps (originals, translations,
 * notes, glossary names, metadata): the terminology check and the reader must see the same
 * characters, so nothing may be in a text that a reader cannot see.
 *
 * - Control characters (C0, DEL, C1) are refused: they corrupt terminals, and XML 1.0 cannot
 *   carry most of them, so an export would write a file other tools reject. A newline is allowed
 *   only where a format says so (a note may have lines; a segment may not).
 * - Invisible format characters are refused: a zero-width space or soft hyphen inside
 *   "Vladimir Putin" hides the name from the glossary while the reader shows it intact, and a
 *   bidi override makes a name read differently than it is stored. Import removes them (pasted
 *   web text is full of soft hyphens) and says so; stored content and merges refuse them.
 */

/** C0 controls except tab and newline, DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/**
 * Invisible format characters: soft hyphen, Arabic letter mark, Mongolian vowel separator,
 * zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and overrides, word joiner and
 * invisible operators, bidi isolates, deprecated format controls, BOM, interlinear annotations.
 */
export const INVISIBLE_CHARACTERS =
  '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'u');
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

export interface TextRules {
  /** Whether the format allows line breaks (a note, the raw text of an import). Tabs never. */
  newlines?: boolean;
}

/** "U+200B", as an error message names a character a reader cannot see. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `text` may not be stored, or undefined when it may. */
export function textProblem(text: string, rules: TextRules = {}): string | undefined {
  const control = CONTROL.exec(text) ?? (rules.newlines ? null : /[\t\n\r]/.exec(text));
  if (control) return `holds control character ${codePointName(control[0])} at ${control.index + 1}`;
  const invisible = INVISIBLE.exec(text);
  if (invisible)
    return `holds invisible character ${codePointName(invisible[0])} at ${invisible.index + 1} (remove it; readers cannot see it)`;
  return undefined;
}

export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Drops invisible format characters, counting them, for import's "removed n" warning. */
export function removeInvisible(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(INVISIBLE_ALL, () => {
    removed += 1;
    return '';
  });
  return { text: cleaned, removed };
}

/** True when nothing visible is left: empty, whitespace, or only invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE_ALL, '').trim().length === 0;
}
