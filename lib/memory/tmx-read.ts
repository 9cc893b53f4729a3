import { XMLValidator } from 'fast-xml-parser';
import { attributeOf, childrenOf, parseXml, textOf } from '../interchange/xml';
import type { MemoryPair } from './types';

/** A problem in a TMX file: of the whole file, or of one unit, which is then left out. */
export interface TmxProblem {
  line?: number;
  unit?: string;
  message: string;
}

export type ReadTmxResult =
  { ok: true; pairs: MemoryPair[]; skipped: TmxProblem[] } | { ok: false; problems: TmxProblem[] };

/**
 * Reads the Indonesian–English pairs of a TMX 1.4 file, from Sejajar's own export or another
 * tool's. A DOCTYPE or entity declaration is refused before any parsing: a memory file needs
 * neither, and entity expansion is how a small XML file becomes a huge one ("billion laughs").
 * Units without both languages, or whose text holds inline markup (`<ph>`, `<bpt>`, which
 * Sejajar cannot store), are skipped and listed, so one odd unit does not cost the whole file.
 */
export function readTmx(xml: string, file: string): ReadTmxResult {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration)
    return fail(
      `refusing a ${declaration[1]!.toUpperCase()} declaration: TMX files need none`,
      lineAt(xml, declaration.index),
    );
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return fail(`not well-formed XML: ${valid.err.msg}`, valid.err.line);

  const root = parseXml(xml, ['tu', 'tuv', 'seg'])['tmx'];
  if (root === undefined) return fail('root element is not <tmx>');
  const version = attributeOf(root, 'version');
  if (version !== '1.4') return fail(`<tmx version="${version ?? ''}"> should be "1.4"`);

  const pairs: MemoryPair[] = [];
  const skipped: TmxProblem[] = [];
  childrenOf(childrenOf(root, 'body')[0], 'tu').forEach((tu, index) => {
    const unit = attributeOf(tu, 'tuid') ?? `#${index + 1}`;
    const text = (lang: 'id' | 'en') => {
      const tuv = childrenOf(tu, 'tuv').find((v) => primaryLanguage(v) === lang);
      return tuv === undefined ? null : textOf(childrenOf(tuv, 'seg')[0]);
    };
    const [original, translation] = [text('id'), text('en')];
    if (original === null || translation === null)
      skipped.push({ unit, message: 'the unit lacks an Indonesian or an English variant' });
    else if (original === undefined || translation === undefined)
      skipped.push({ unit, message: 'the unit’s text holds inline markup' });
    else if (original.trim() !== '' && translation.trim() !== '')
      pairs.push({ original, translation, source: { kind: 'tmx', file, unit } });
  });
  return { ok: true, pairs, skipped };
}

/** "id", "id-ID" and "ID" are all Indonesian; TMX 1.4 writes `xml:lang`, older files `lang`. */
function primaryLanguage(tuv: unknown): string | undefined {
  return (attributeOf(tuv, 'xml:lang') ?? attributeOf(tuv, 'lang'))?.split(/[-_]/)[0]?.toLowerCase();
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function fail(message: string, line?: number): ReadTmxResult {
  return { ok: false, problems: [{ ...(line === undefined ? {} : { line }), message }] };
}
