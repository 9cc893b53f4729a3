import { XMLBuilder, XMLParser } from 'fast-xml-parser';

/** Attributes appear in built and parsed objects as `@_name`; every other key is an element. */
export const ATTR = '@_';

/** Builds XML from plain objects; the library escapes `<`, `&` and quotes in text and attributes. */
export function buildXml(root: Record<string, unknown>): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return builder.build({ '?xml': { [`${ATTR}version`]: '1.0', [`${ATTR}encoding`]: 'UTF-8' }, ...root });
}

/**
 * Parses XML keeping text exactly as written: no trimming, no number guessing, character
 * references decoded. Elements named in `lists` are always arrays, so one and many read alike.
 */
export function parseXml(xml: string, lists: string[]): Record<string, unknown> {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    // Needed for numeric references such as &#160;, which XML allows in any document.
    htmlEntities: true,
    isArray: (name) => lists.includes(name),
  });
  return parser.parse(xml) as Record<string, unknown>;
}

export type XmlNode = Record<string, unknown>;

export function isNode(value: unknown): value is XmlNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The text of an element, or undefined when it holds child elements (inline markup Sejajar cannot store). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isNode(value)) return undefined;
  const children = Object.keys(value).filter((key) => !key.startsWith(ATTR) && key !== '#text');
  if (children.length > 0) return undefined;
  const text = value['#text'];
  return typeof text === 'string' ? text : '';
}

export function attributeOf(node: unknown, name: string): string | undefined {
  const value = isNode(node) ? node[`${ATTR}${name}`] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function childrenOf(node: unknown, name: string): unknown[] {
  const value = isNode(node) ? node[name] : undefined;
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}
