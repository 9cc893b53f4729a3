import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadCorpus } from './corpus';
import { readingOrder } from './reading-order';

it('places each "Baca Juga" item right after the paragraph it followed in the original', async () => {
  const { articles } = await loadCorpus(join(__dirname, '../../content'));
  const seed = articles.find((a) => a.slug.startsWith('putin-'));
  const order = readingOrder(seed!).map((b) => (b.type === 'segment' ? b.segment.id : b.item.id));
  expect(order).toEqual(['p1', 'p2', 'p3', 'r1', 'p4', 'p5', 'p6', 'r2', 'p7', 'p8', 'p9']);
});
