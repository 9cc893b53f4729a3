import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus';
import { loadGlossary } from './load';
import { createMatcher } from './matcher';
import { indexMentions } from './mention-index';

it('lists the blocks that mention an entry, once per block, in reading order', async () => {
  const content = join(__dirname, '../../content');
  const [{ articles }, { entries }] = await Promise.all([loadCorpus(content), loadGlossary(content)]);
  const index = indexMentions(articles, createMatcher(entries));
  expect(index.get('vostochny-cosmodrome')?.map((s) => s.segmentId)).toEqual(['p6']);
  expect(index.get('tass')?.map((s) => s.segmentId)).toEqual(['p4']);
  expect(index.get('vladimir-putin')?.map((s) => s.segmentId)).toEqual([
    'headline',
    'p1',
    'p2',
    'p3',
    'p4',
    'p5',
    'p6',
    'p9',
  ]);
});
