import { XMLValidator } from 'fast-xml-parser';
import { readBase } from './base-hash';
import { XLIFF_NAMESPACE } from './xliff-export';
import { attributeOf, childrenOf, parseXml, textOf } from './xml';
import { xmlHazard } from './xml-safety';

/** A problem in an XLIFF file, at a line where the XML parser knows one, or at a unit. */
export interface XliffProblem {
  line?: number;
  unit?: string;
  message: string;
}

export interface XliffSegment {
  state?: string;
  /** Undefined when the element holds inline markup rather than plain text. */
  source?: string;
  target?: string;
  hasTarget: boolean;
}

export interface XliffUnit {
  id: string;
  segments: XliffSegment[];
  /** Note texts; undefined entries held markup. */
  notes: (string | undefined)[];
  /** The `segmentHash` of the segment when exported; absent in files from before it was recorded. */
  base?: string;
}

export interface XliffDocument {
  fileId: string;
  units: XliffUnit[];
}

export type ReadXliffResult = { ok: true; document: XliffDocument } | { ok: false; problems: XliffProblem[] };

/** Reads the one-file XLIFF 2.0 documents Sejajar exports (id → en), refusing any other shape. */
export function readXliff(xml: string): ReadXliffResult {
  const hazard = xmlHazard(xml);
  if (hazard) return fail(hazard);
  try {
    return readSafeXliff(xml);
  } catch (error) {
    // The parser's own errors end here, as one reason, never as a stack trace.
    return fail(`not well-formed XML: ${(error as Error).message}`);
  }
}

function readSafeXliff(xml: string): ReadXliffResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return {
      ok: false,
      problems: [
        { line: valid.err.line, message: `not well-formed XML: ${describeXmlError(valid.err.msg)}` },
      ],
    };

  const root = parseXml(xml, ['file', 'unit', 'segment', 'notes', 'note'])['xliff'];
  if (root === undefined) return fail('root element is not <xliff>');
  const problems: XliffProblem[] = [];
  const expect = (name: string, wanted: string) => {
    const actual = attributeOf(root, name);
    if (actual !== wanted)
      problems.push({ message: `<xliff ${name}="${actual ?? ''}"> should be "${wanted}"` });
  };
  expect('xmlns', XLIFF_NAMESPACE);
  expect('version', '2.0');
  expect('srcLang', 'id');
  expect('trgLang', 'en');
  const files = childrenOf(root, 'file');
  if (files.length !== 1) problems.push({ message: `expected exactly one <file>, found ${files.length}` });
  const fileId = attributeOf(files[0], 'id');
  if (files.length === 1 && !fileId) problems.push({ message: '<file> has no id (it names the article)' });
  if (problems.length > 0 || !fileId) return { ok: false, problems };

  const units = childrenOf(files[0], 'unit').map((unit, index): XliffUnit => ({
    id: attributeOf(unit, 'id') ?? `#${index + 1}`,
    ...readBase(root, unit),
    notes: childrenOf(unit, 'notes').flatMap((notes) => childrenOf(notes, 'note').map(textOf)),
    segments: childrenOf(unit, 'segment').map((segment) => ({
      state: attributeOf(segment, 'state'),
      source: textOf(childrenOf(segment, 'source')[0]),
      target: textOf(childrenOf(segment, 'target')[0]),
      hasTarget: childrenOf(segment, 'target').length > 0,
    })),
  }));
  return { ok: true, document: { fileId, units } };
}

function fail(message: string): ReadXliffResult {
  return { ok: false, problems: [{ message }] };
}

/** The validator reports unclosed elements as a JSON list; name them the way a reader of XML would. */
function describeXmlError(message: string): string {
  const unclosed = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(message)?.[1];
  if (!unclosed) return message;
  const names = (JSON.parse(unclosed) as string[]).map((name) => `<${name}>`);
  return `the file ends before ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} closed`;
}
