/** "KONTAN.CO.ID - MOSKOW. " at the start of a paragraph: the site, a dash, the city in capitals, a full stop. */
const DATELINE = /^(\p{Lu}[\p{Lu}\p{N}.]*\s+[-–—]\s+\p{Lu}[\p{Lu}\s'-]*\.)(\s+)/u;

/** Splits a leading news dateline from the rest of a paragraph, so it can be styled; the parts join back to the text. */
export function splitDateline(text: string): { dateline?: string; gap: string; rest: string } {
  const match = DATELINE.exec(text);
  if (!match?.[1] || match[2] === undefined) return { gap: '', rest: text };
  return { dateline: match[1], gap: match[2], rest: text.slice(match[0].length) };
}
