/**
 * Normalises only whitespace, so the stored original stays word for word as published:
 * line endings to "\n" (a Unicode PARAGRAPH SEPARATOR, which web pages and word processors
 * paste, ends the paragraph), a leading byte-order mark dropped, and on each line no-break and
 * other spaces, tabs and LINE SEPARATORs (a soft break) folded to one space, with the ends
 * trimmed. Quotes, dashes and letters are left exactly as written.
 */
export function normalizeWhitespace(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\u2029/g, '\n\n')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\t\p{Zs}\u2028]+/gu, ' ').trim());
}
