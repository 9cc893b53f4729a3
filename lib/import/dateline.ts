/** "KONTAN.CO.ID - MOSKOW. Pada …": a site, a dash, the city in capitals, a full stop, then the text. */
const DATELINE = /^([\p{L}\p{N}][\p{L}\p{N}.-]*) [-–—] (\p{Lu}[\p{Lu} '-]*?)\.(?: |$)/u;

export interface Dateline {
  site: string;
  city: string;
}

/** Reads the dateline that opens an article's first paragraph (whitespace already normalised). */
export function parseDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match?.[1] || !match[2]) return undefined;
  return { site: match[1], city: match[2] };
}
