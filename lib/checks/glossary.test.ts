import { beforeAll, describe, expect, it } from 'vitest';
import type { Matcher } from '../glossary/matcher';
import { realGlossary, seedSlug } from '../terminology/test-articles';
import { checkGlossary } from './glossary';

let matcher: Matcher;

beforeAll(async () => {
  ({ matcher } = await realGlossary());
});

const p6 = {
  id: 'p6',
  original: 'Dialognya dengan Putin diadakan pada 13 September di pelabuhan antariksa Vostochny.',
  translation: 'His talks with Putin were held on September 13 at the Vostochny spaceport.',
};

describe('checkGlossary', () => {
  it('accepts a translation that names every glossary entry of its original', () => {
    expect(checkGlossary(p6, matcher, seedSlug)).toEqual([]);
  });

  it('reports what findTermMisses reports, as an error spanning the name in the original', () => {
    const issues = checkGlossary(
      { ...p6, translation: 'His talks with Putin were held at the spaceport.' },
      matcher,
      seedSlug,
    );
    expect(issues).toMatchInlineSnapshot(`
      [
        {
          "check": "glossary",
          "params": {
            "name": "pelabuhan antariksa Vostochny",
            "termId": "vostochny-cosmodrome",
          },
          "severity": "error",
          "spans": [
            {
              "end": 82,
              "side": "original",
              "start": 53,
            },
          ],
        },
      ]
    `);
  });
});
