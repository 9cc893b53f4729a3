import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import type { Matcher } from '../glossary/matcher';
import { realGlossary, seedArticle, withSegment } from '../terminology/test-articles';
import { checkArticle, describeArticleIssues } from './article';

let seed: Article;
let matcher: Matcher;

beforeAll(async () => {
  seed = await seedArticle();
  ({ matcher } = await realGlossary());
});

describe('checkArticle', () => {
  it('passes the reviewed seed article with the real glossary', () => {
    expect(checkArticle(seed, { matcher })).toEqual([]);
  });

  it('names the segment of each issue, and leaves pending drafts to the editor', () => {
    const draft = 'Kim visited Russia from September 12 to 18.';
    const translated = withSegment(seed, 'p6', { translation: draft, status: 'translated' });
    // The draft drops p6's second sentence, and with it 13 September, Putin and Vostochny.
    expect(checkArticle(translated, { matcher }).map(({ segment, issue }) => `${segment} ${issue.check}`))
      .toMatchInlineSnapshot(`
        [
          "p6 numbers",
          "p6 numbers",
          "p6 numbers",
          "p6 glossary",
          "p6 glossary",
        ]
      `);
    expect(
      checkArticle(withSegment(seed, 'p6', { translation: draft, status: 'pending' }), { matcher }),
    ).toEqual([]);
  });

  it('reports errors as content problems and warnings as suggestions, for the CLI', () => {
    const draft = 'Kim Jong Un visited Russia from September 12 to 17  ';
    const issues = checkArticle(withSegment(seed, 'p6', { translation: draft }), {});
    expect(describeArticleIssues(seed.slug, issues)).toMatchInlineSnapshot(`
      {
        "problems": [
          {
            "file": "content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/en.json",
            "message": "the number 13 in the original is not in the translation",
            "segment": "p6",
          },
        ],
        "suggestions": [
          {
            "file": "content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/en.json",
            "message": "warning: the original ends with ".", the translation with no mark",
            "segment": "p6",
          },
          {
            "file": "content/articles/putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi/en.json",
            "message": "warning: space at the end",
            "segment": "p6",
          },
        ],
      }
    `);
  });
});
