/**
 * Normalises only whitespace, so the stored original stays word for word as published:
 * line endings to "\n", a leading byte-order mark dropped, and on each line no-break and
 * other spaces and tabs folded to one space, with the ends trimmed. Quotes, dashes and
 * letters are left exactly as written.
 */
export function normalizeWhitespace(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\t\p{Zs}]+/gu, ' ').trim());
}
