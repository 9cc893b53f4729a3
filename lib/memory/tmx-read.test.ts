import { describe, expect, it } from 'vitest';
import { exportTmx } from '../interchange/tmx-export';
import { seedArticle } from '../terminology/test-articles';
import { pairsFromArticle } from './pairs';
import { readTmx } from './tmx-read';

const tmx = (units: string, version = '1.4') => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="${version}">
  <header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id-ID" datatype="plaintext"/>
  <body>${units}</body>
</tmx>`;

describe('readTmx', () => {
  it('reads back what Sejajar exports: the seed article’s pairs, with the TMX file as source', async () => {
    const article = await seedArticle();
    const read = readTmx(exportTmx(article), 'seed.tmx');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.skipped).toEqual([]);
    expect(read.pairs.map((p) => [p.original, p.translation])).toEqual(
      pairsFromArticle(article).map((p) => [p.original, p.translation]),
    );
    expect(read.pairs[1]?.source).toEqual({ kind: 'tmx', file: 'seed.tmx', unit: 'p1' });
  });

  it('reads region subtags and escaped text, and skips units it cannot store, saying why', () => {
    const read = readTmx(
      tmx(`
        <tu tuid="a"><tuv xml:lang="id-ID"><seg>Harga &lt;cabai&gt; &amp; beras</seg></tuv><tuv xml:lang="EN-us"><seg>Prices of &lt;chili&gt; &amp; rice</seg></tuv></tu>
        <tu tuid="b"><tuv xml:lang="id"><seg>Harga <ph x="1"/> naik</seg></tuv><tuv xml:lang="en"><seg>Prices rise</seg></tuv></tu>
        <tu><tuv xml:lang="id"><seg>Hanya satu bahasa</seg></tuv><tuv xml:lang="fr"><seg>Une seule</seg></tuv></tu>`),
      'other.tmx',
    );
    expect(read).toMatchInlineSnapshot(`
      {
        "ok": true,
        "pairs": [
          {
            "original": "Harga <cabai> & beras",
            "source": {
              "file": "other.tmx",
              "kind": "tmx",
              "unit": "a",
            },
            "translation": "Prices of <chili> & rice",
          },
        ],
        "skipped": [
          {
            "message": "the unit’s text holds inline markup",
            "unit": "b",
          },
          {
            "message": "the unit lacks an Indonesian or an English variant",
            "unit": "#3",
          },
        ],
      }
    `);
  });

  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><body/></tmx>'],
    [
      'an entity declaration',
      '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><tmx version="1.4"/>',
    ],
  ])('refuses %s before parsing', (_, xml) => {
    const read = readTmx(xml, 'evil.tmx');
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^refusing a DOCTYPE declaration/),
    ]);
  });

  it('refuses malformed XML, another root and another version', () => {
    const messages = (xml: string) => {
      const read = readTmx(xml, 'bad.tmx');
      return read.ok ? [] : read.problems.map((p) => p.message);
    };
    expect(messages('<tmx version="1.4"><body>')[0]).toMatch(/^not well-formed XML/);
    expect(messages('<xliff version="2.0"/>')).toEqual(['root element is not <tmx>']);
    expect(messages(tmx('', '1.1'))).toEqual(['<tmx version="1.1"> should be "1.4"']);
  });
});
