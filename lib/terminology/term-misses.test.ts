import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../content/types';
import type { Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/types';
import { describeTermMiss, englishNamesIn, findTermMisses } from './term-misses';
import { realGlossary, seedArticle, seedSlug, withSegment } from './test-articles';

let seed: Article;
let entries: GlossaryEntry[];
let matcher: Matcher;

beforeAll(async () => {
  seed = await seedArticle();
  ({ entries, matcher } = await realGlossary());
});

const p6WithoutVostochny =
  'Kim Jong Un visited Russia from September 12 to 17. His talks with Putin were held on September 13 at the spaceport.';

describe('findTermMisses', () => {
  it('finds no misses in the real seed article', () => {
    expect(findTermMisses(seed, matcher)).toEqual([]);
  });

  it('catches a translation that drops a name, naming the segment, the entry and the name as the original writes it', () => {
    const tampered = withSegment(seed, 'p6', { translation: p6WithoutVostochny });
    expect(findTermMisses(tampered, matcher)).toEqual([
      { segment: 'p6', termId: 'vostochny-cosmodrome', original: 'pelabuhan antariksa Vostochny' },
    ]);
  });

  it('accepts any English variant of the name, not only the canonical one', () => {
    for (const name of ['Vostochny Cosmodrome', 'Vostochny spaceport', 'Vostochny']) {
      const translation = p6WithoutVostochny.replace('the spaceport', `the ${name}`);
      expect(findTermMisses(withSegment(seed, 'p6', { translation }), matcher)).toEqual([]);
    }
  });

  it('reports a name once per segment however often the original repeats it', () => {
    const tampered = withSegment(seed, 'p9', {
      translation: 'The Kremlin has said that he accepted the invitation.',
    });
    expect(findTermMisses(tampered, matcher)).toEqual([
      { segment: 'p9', termId: 'vladimir-putin', original: 'Putin' },
      { segment: 'p9', termId: 'kim-jong-un', original: 'Kim' },
      { segment: 'p9', termId: 'north-korea', original: 'Korea Utara' },
    ]);
  });

  it('holds only translated and reviewed segments to the glossary, not pending ones', () => {
    const pending = withSegment(seed, 'p6', { translation: '', status: 'pending' });
    expect(findTermMisses(pending, matcher)).toEqual([]);
    const translated = withSegment(seed, 'p6', { translation: p6WithoutVostochny, status: 'translated' });
    expect(findTermMisses(translated, matcher)).toHaveLength(1);
  });

  it('checks the headline too', () => {
    const tampered = withSegment(seed, 'headline', {
      translation: 'Putin: Collaboration Will Help Security',
    });
    expect(findTermMisses(tampered, matcher).map((m) => [m.segment, m.termId])).toEqual([
      ['headline', 'russia'],
      ['headline', 'north-korea'],
    ]);
  });
});

describe('describeTermMiss', () => {
  it('names the English file, the segment and the entry, and lists the English names', () => {
    const entry = entries.find((e) => e.id === 'vostochny-cosmodrome');
    const miss = { segment: 'p6', termId: 'vostochny-cosmodrome', original: 'pelabuhan antariksa Vostochny' };
    expect(describeTermMiss(seedSlug, miss, entry)).toEqual({
      file: `content/articles/${seedSlug}/en.json`,
      segment: 'p6',
      entry: 'vostochny-cosmodrome',
      message:
        'term "vostochny-cosmodrome" (pelabuhan antariksa Vostochny) appears in the original but none of ' +
        'its English names (Vostochny Cosmodrome, Vostochny spaceport, Vostochny) is in the translation',
    });
  });

  it('leaves out English variants limited to other articles', () => {
    const kim = entries.find((e) => e.id === 'kim-jong-un')!;
    expect(englishNamesIn(kim, seedSlug)).toEqual(['Kim Jong Un', 'Kim Jong-un', 'Kim']);
    expect(englishNamesIn(kim, 'another-article')).toEqual(['Kim Jong Un', 'Kim Jong-un']);
  });
});
