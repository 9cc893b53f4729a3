import { describe, expect, it } from 'vitest';
import { exportTmx } from './tmx-export';
import { trickyArticle } from './test-article';
import { exportXliff } from './xliff-export';
import { parseXml, type XmlNode } from './xml';

const node = (value: unknown) => value as XmlNode;

describe('exportXliff', () => {
  const xml = exportXliff(trickyArticle());
  const xliff = node(parseXml(xml, ['unit'])['xliff']);
  const units = node(xliff['file'])['unit'] as XmlNode[];

  it('writes an XLIFF 2.0 root with the namespace, version and both languages', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff ')).toBe(true);
    expect(xliff['@_xmlns']).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(xliff['@_version']).toBe('2.0');
    expect(xliff['@_srcLang']).toBe('id');
    expect(xliff['@_trgLang']).toBe('en');
    expect(node(xliff['file'])['@_id']).toBe('harga-naik');
  });

  it('writes one unit per segment, keyed by segment id, with the status as state', () => {
    const summary = units.map((unit) => {
      const segment = node(unit['segment']);
      return { id: unit['@_id'], state: segment['@_state'], target: segment['target'] };
    });
    expect(summary).toEqual([
      { id: 'headline', state: 'reviewed', target: 'Prices of <chili> & "rice" rise' },
      { id: 'p1', state: 'translated', target: "KONTAN.CO.ID - JAKARTA. It's “up” 5% & more" },
      { id: 'p2', state: 'initial', target: undefined },
      { id: 'p3', state: 'initial', target: 'A draft < done' },
    ]);
  });

  it('escapes markup characters so sources parse back exactly as written', () => {
    expect(units.map((unit) => node(unit['segment'])['source'])).toEqual([
      'Harga <cabai> & "beras" naik',
      "KONTAN.CO.ID - JAKARTA. Harga ‘naik’ 5% & lebih, kata 'pedagang'",
      'Paragraf ]]> dengan penutup CDATA',
      'Draf < selesai',
    ]);
    expect(xml).toContain('<source>Harga &lt;cabai&gt; &amp; &quot;beras&quot; naik</source>');
  });

  it("puts a translator note in the unit's notes", () => {
    expect(node(units[1]?.['notes'])['note']).toBe('Figures as <reported> & "quoted".');
    expect(units[0]?.['notes']).toBeUndefined();
  });
});

describe('exportTmx', () => {
  const xml = exportTmx(trickyArticle());
  const tmx = node(parseXml(xml, ['tu', 'tuv'])['tmx']);
  const units = node(tmx['body'])['tu'] as XmlNode[];

  it('writes a TMX 1.4 header naming Sejajar, the languages and the segmentation', () => {
    expect(tmx['@_version']).toBe('1.4');
    const header = node(tmx['header']);
    expect(header).toMatchObject({
      '@_creationtool': 'Sejajar',
      '@_srclang': 'id',
      '@_adminlang': 'en',
      '@_segtype': 'paragraph',
      '@_datatype': 'plaintext',
      '@_o-tmf': 'Sejajar JSON',
    });
    expect(header['@_creationtoolversion']).toBeTruthy();
  });

  it('writes one translation unit per translated or reviewed segment, original and translation side by side', () => {
    expect(units.map((tu) => tu['@_tuid'])).toEqual(['headline', 'p1']);
    const variants = (units[0]?.['tuv'] as XmlNode[]).map((tuv) => [tuv['@_xml:lang'], tuv['seg']]);
    expect(variants).toEqual([
      ['id', 'Harga <cabai> & "beras" naik'],
      ['en', 'Prices of <chili> & "rice" rise'],
    ]);
  });
});
