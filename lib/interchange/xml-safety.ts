import { codePointName, hasControlCharacter } from '../text/policy';

/**
 * Refuses, before any parser sees it, what an interchange file never needs and an attacker can
 * use: a DOCTYPE or entity declaration (entities can redefine `&lt;`, smuggle markup past the
 * refusal of inline elements, expand to millions of characters, or name external files), and
 * control characters, raw or as character references, which XML 1.0 forbids or discourages and
 * which would make our next export a file other tools reject. Tab, newline and carriage return
 * are ordinary XML whitespace.
 */
export function xmlHazard(xml: string): string | undefined {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration)
    return `line ${lineOf(xml, declaration.index)}: the file declares a document type (<!${declaration[1]!.toUpperCase()}); DOCTYPE and entity declarations are not accepted`;
  const raw = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(xml);
  if (raw) return `line ${lineOf(xml, raw.index)}: the file holds control character ${codePointName(raw[0])}`;
  for (const reference of xml.matchAll(/&#(?:x([0-9a-f]+)|([0-9]+));/gi)) {
    const code = reference[1] !== undefined ? parseInt(reference[1], 16) : Number(reference[2]);
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u0000';
    if (code === 0 || (hasControlCharacter(char) && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
      return `line ${lineOf(xml, reference.index)}: the file refers to control character ${codePointName(char)} (${reference[0]})`;
    }
  }
  return undefined;
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
