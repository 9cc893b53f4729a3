import { describe, expect, it } from 'vitest';
import { segmentHash } from '../content/segment-hash';
import { trickyArticle, trickyTranslation } from './test-article';
import { exportXliff } from './xliff-export';
import { mergeXliff } from './xliff-merge';
import { readXliff } from './xliff-read';

function merge(xml: string) {
  const read = readXliff(xml);
  if (!read.ok) return read;
  return mergeXliff(read.document, trickyArticle(), trickyTranslation);
}

const exported = exportXliff(trickyArticle());

describe('mergeXliff', () => {
  it('proposes no change for an untouched export', () => {
    expect(merge(exported)).toEqual({ ok: true, changes: [], refused: [] });
  });

  it('bases each change on the hash the export recorded for its unit', () => {
    const xml = exported.replace('<target>A draft &lt; done</target>', '<target>Done</target>');
    expect(merge(xml)).toEqual({
      ok: true,
      changes: [
        {
          id: 'p3',
          base: segmentHash({ status: 'pending', text: 'A draft < done' }),
          next: { status: 'pending', text: 'Done' },
        },
      ],
      refused: [],
    });
  });

  it('refuses a changed unit of a file that records no base, and ignores its unchanged units', () => {
    const xml = exported
      .replace(/\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '')
      .replace('<target>A draft &lt; done</target>', '<target>Done</target>');
    expect(merge(xml)).toEqual({
      ok: true,
      changes: [],
      refused: [{ unit: 'p3', message: expect.stringContaining('records no base') }],
    });
  });

  it('fills a pending segment and sets its status from the state', () => {
    const xml = exported.replace(
      /<segment state="initial">(\s*<source>Paragraf[^<]*<\/source>)/,
      '<segment state="translated">$1<target>A paragraph &lt;with&gt; a CDATA end</target>',
    );
    const result = merge(xml);
    expect(result.ok && result.changes.map((c) => [c.id, c.next])).toEqual([
      ['p2', { status: 'translated', text: 'A paragraph <with> a CDATA end' }],
    ]);
  });

  it('reads the final state as reviewed and initial as pending', () => {
    const xml = exported
      .replace('state="translated"', 'state="final"')
      .replace('state="reviewed"', 'state="initial"');
    const result = merge(xml);
    expect(result.ok && result.changes.map((c) => [c.id, c.next.status])).toEqual([
      ['headline', 'pending'],
      ['p1', 'reviewed'],
    ]);
  });

  it('leaves a segment as it is when its unit has no target, so an old export cannot erase newer work', () => {
    const read = readXliff(exported);
    if (!read.ok) throw new Error('export does not read back');
    const newer = {
      ...trickyTranslation,
      segments: trickyTranslation.segments.map((s) =>
        s.id === 'p2' ? { id: 'p2', status: 'translated' as const, text: 'Done since' } : s,
      ),
    };
    expect(mergeXliff(read.document, trickyArticle(newer), newer)).toEqual({
      ok: true,
      changes: [],
      refused: [],
    });
  });

  it('drops a note the translator deleted', () => {
    const xml = exported.replace(/<notes>[\s\S]*?<\/notes>/, '');
    const result = merge(xml);
    expect(result.ok && result.changes.map((c) => [c.id, c.next])).toEqual([
      ['p1', { status: 'translated', text: "KONTAN.CO.ID - JAKARTA. It's “up” 5% & more" }],
    ]);
  });

  it('refuses a changed source, an unknown unit and a missing unit, listing each', () => {
    const xml = exported
      .replace('Harga &lt;cabai&gt;', 'Harga &lt;bawang&gt;')
      .replace('<unit id="p3">', '<unit id="p9">')
      .replace(/<unit id="p2">[\s\S]*?<\/unit>/, '');
    expect(merge(xml)).toEqual({
      ok: false,
      problems: [
        {
          unit: 'headline',
          message: '<source> no longer matches the original in id.json (re-export and translate again)',
        },
        { unit: 'p9', message: 'unit has no segment of that id in id.json' },
        { unit: 'p2', message: 'segment has no unit in the XLIFF file' },
        { unit: 'p3', message: 'segment has no unit in the XLIFF file' },
      ],
    });
  });

  it('refuses a duplicated unit, a split unit, markup in a target and a state outside XLIFF 2.0', () => {
    const p3 = /<unit id="p3">[\s\S]*?<\/unit>/.exec(exported)?.[0] ?? '';
    const xml = exported
      .replace(p3, `${p3}${p3}`)
      .replace('<target>A draft &lt; done</target>', '<target>A <pc id="1">draft</pc></target>')
      .replace(/(<unit id="p2">[\s\S]*?)(<segment[\s\S]*?<\/segment>)/, '$1$2$2')
      .replace('state="translated"', 'state="needs-review"');
    expect(merge(xml)).toEqual({
      ok: false,
      problems: [
        {
          unit: 'p1',
          message: 'state "needs-review" is not an XLIFF 2.0 state (initial, translated, reviewed, final)',
        },
        { unit: 'p2', message: 'unit has 2 segments; Sejajar keeps one per unit (join them before merging)' },
        { unit: 'p3', message: '<target> holds markup; only plain text can be merged' },
        { unit: 'p3', message: 'unit id appears twice' },
      ],
    });
  });

  it('refuses a translated state with an empty target', () => {
    const xml = exported.replace(/<target>Prices[^<]*<\/target>/, '<target> </target>');
    expect(merge(xml)).toMatchObject({
      ok: false,
      problems: [{ unit: 'headline', message: 'state is "reviewed" but <target> is empty' }],
    });
  });
});

describe('readXliff', () => {
  it('refuses XML that is not well formed, naming the line', () => {
    expect(readXliff('<?xml version="1.0"?>\n<xliff>\n<file id="x">\n')).toEqual({
      ok: false,
      problems: [
        { line: 1, message: 'not well-formed XML: the file ends before <xliff>, <file> are closed' },
      ],
    });
  });

  it('refuses another XLIFF version, language pair or more than one file', () => {
    const xml = exported
      .replace('version="2.0"', 'version="1.2"')
      .replace('trgLang="en"', 'trgLang="de"')
      .replace('</file>', '</file><file id="other"></file>');
    expect(readXliff(xml)).toEqual({
      ok: false,
      problems: [
        { message: '<xliff version="1.2"> should be "2.0"' },
        { message: '<xliff trgLang="de"> should be "en"' },
        { message: 'expected exactly one <file>, found 2' },
      ],
    });
  });

  it('refuses a document whose root is not xliff', () => {
    expect(readXliff('<tmx version="1.4"/>')).toEqual({
      ok: false,
      problems: [{ message: 'root element is not <xliff>' }],
    });
  });
});
