import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import type { Matcher } from '../glossary/matcher';
import { realGlossary, seedArticle, seedSlug } from '../terminology/test-articles';
import { blocksReview, checkIds, checkSegment, formatIssue } from './index';

let seed: Article;
let matcher: Matcher;

beforeAll(async () => {
  seed = await seedArticle();
  ({ matcher } = await realGlossary());
});

const segment = {
  id: 'p6',
  status: 'translated' as const,
  original: 'Kim Jong Un mengunjungi Rusia pada 12 - 17 September lalu.',
  translation: 'Kim Jong Un visited Russia from September 12 to 18  ',
};

describe('checkSegment', () => {
  it('finds nothing in the reviewed seed article, errors or warnings', () => {
    const issues = [seed.headline, ...seed.body].flatMap((s) =>
      checkSegment(s, { matcher, article: seedSlug }),
    );
    expect(issues).toEqual([]);
  });

  it('runs every check and words each finding in English for the CLI', () => {
    const issues = checkSegment(segment, { matcher });
    expect(issues.map((i) => `${i.severity} ${i.check}: ${formatIssue(i)}`)).toMatchInlineSnapshot(`
      [
        "error numbers: the number 17 in the original is not in the translation",
        "error numbers: the number 18 in the translation is not in the original",
        "warning final-punctuation: the original ends with ".", the translation with no mark",
        "warning spacing: space at the end",
      ]
    `);
    expect(blocksReview(issues)).toBe(true);
  });

  it('drops dismissed warnings but never errors', () => {
    const dismissed = ['final-punctuation', 'spacing', 'numbers'] as const;
    const issues = checkSegment({ ...segment, dismissed }, { matcher });
    expect(issues.map((i) => i.check)).toEqual(['numbers', 'numbers']);
  });

  it('lets warnings alone through review', () => {
    const issues = checkSegment({
      ...segment,
      translation: 'Kim Jong Un visited Russia from September 12 to 17',
    });
    expect(issues.map((i) => i.check)).toEqual(['final-punctuation']);
    expect(blocksReview(issues)).toBe(false);
  });

  it('checks drafts whatever their status, but not an empty translation', () => {
    expect(checkSegment({ ...segment, status: 'pending' }).length).toBeGreaterThan(0);
    expect(checkSegment({ ...segment, status: 'pending', translation: ' ' })).toEqual([]);
  });

  it('skips the glossary without a matcher, and holds to it with one', () => {
    const dropped = { ...segment, translation: 'Kim visited Russia from September 12 to 17.' };
    expect(checkSegment(dropped)).toEqual([]);
    expect(checkSegment(dropped, { matcher }).map((i) => i.check)).toEqual(['glossary']);
  });

  it('lists every check id once, in report order, for validating a stored dismissed list', () => {
    expect(checkIds).toEqual([
      'numbers',
      'glossary',
      'identical',
      'sentence-pairing',
      'brackets',
      'final-punctuation',
      'repeated-word',
      'spacing',
    ]);
  });
});
