/**
 * What a dateline is, once for the importer, the sentence splitter and the reader.
 *
 * Indonesian news paragraphs open with one: `KONTAN.CO.ID - MOSKOW. Pada …`, the site, a dash, the
 * city in capitals, a full stop, then the text. The site is written as the source writes it
 * (`KONTAN.CO.ID`, `Kontan.co.id`, `Bisnis.com`), so it may be in any case; the city is one or more
 * words in capitals (`JAKARTA`, `NEW YORK`, `TANJUNG PRIOK`), which is what tells a dateline from a
 * sentence such as "Presiden - kata dia.". The dash may be a hyphen, an en dash or an em dash.
 *
 * It lives with the content because it is a fact about an article's first paragraph (the importer
 * reads `meta.dateline` from it); the reader and lib/align import it from here.
 */
const SITE = String.raw`[\p{L}\p{N}][\p{L}\p{N}.-]*`;
const CITY_WORD = String.raw`\p{Lu}[\p{Lu}'-]*`;
const DATELINE = new RegExp(
  String.raw`^(${SITE})\s+[-–—]\s+(${CITY_WORD}(?:\s+${CITY_WORD})*)\.(\s+|$)`,
  'u',
);

export interface Dateline {
  /** The site as written: "KONTAN.CO.ID", "Kontan.co.id". */
  site: string;
  /** The city as written: "MOSKOW", "NEW YORK". */
  city: string;
  /** The offset just after the dateline's full stop: `text.slice(0, end)` is the dateline. */
  end: number;
  /** The whitespace between the dateline and the text it opens; empty when nothing follows. */
  gap: string;
}

/** Reads the dateline that opens a paragraph, or undefined when the paragraph has none. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return undefined;
  const [whole, site = '', city = '', gap = ''] = match;
  return { site, city, end: whole.length - gap.length, gap };
}

/** Splits a leading dateline from the rest of a paragraph, so it can be styled; the parts join back to the text. */
export function splitDateline(text: string): { dateline?: string; gap: string; rest: string } {
  const dateline = parseDateline(text);
  if (!dateline) return { gap: '', rest: text };
  const { end, gap } = dateline;
  return { dateline: text.slice(0, end), gap, rest: text.slice(end + gap.length) };
}
