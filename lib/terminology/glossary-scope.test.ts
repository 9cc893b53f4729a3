import { describe, expect, it } from 'vitest';
import { findUnknownArticleScopes } from './glossary-scope';
import { realGlossary, seedSlug } from './test-articles';

describe('findUnknownArticleScopes', () => {
  it('accepts the real glossary when the seed article exists', async () => {
    const { entries } = await realGlossary();
    expect(findUnknownArticleScopes(entries, new Set([seedSlug]))).toEqual([]);
  });

  it('names the glossary file, the entry and the variant whose onlyIn slug names no article', async () => {
    const { entries } = await realGlossary();
    const problems = findUnknownArticleScopes(entries, new Set(['some-other-article']));
    expect(problems.map((p) => p.entry)).toEqual([
      'kim-jong-un',
      'kim-jong-un',
      'primorsky-aquarium',
      'primorsky-aquarium',
    ]);
    expect(problems[0]).toEqual({
      file: 'content/glossary/entries.json',
      entry: 'kim-jong-un',
      message: `id name "Kim" is limited (onlyIn) to article "${seedSlug}", which is not in content/articles`,
    });
  });
});
