/**
 * Indonesian news paragraphs often open with a dateline, `KONTAN.CO.ID - MOSKOW.`: the site, a
 * dash, the city in capitals and a full stop. That stop does not end a sentence; the dateline
 * belongs to the sentence after it, as it does in the English translation.
 */
const dateline =
  /^\s*\p{Lu}[\p{L}\p{N}.]*(?: \p{Lu}[\p{L}\p{N}.]*){0,3}\s+[-–—]\s+\p{Lu}[\p{Lu}'-]+(?: \p{Lu}[\p{Lu}'-]+){0,3}\./u;

/** The offset just after the dateline's full stop, or -1 when the paragraph has no dateline. */
export function findDatelineEnd(text: string): number {
  return dateline.exec(text)?.[0].length ?? -1;
}
