import type { Article, ReadingBlock } from './types';

/** Body segments with each related item placed right after the segment it followed in the original. */
export function readingOrder(article: Article): ReadingBlock[] {
  const blocks: ReadingBlock[] = [];
  for (const segment of article.body) {
    blocks.push({ type: 'segment', segment });
    for (const item of article.related) {
      if (item.after === segment.id) blocks.push({ type: 'related', item });
    }
  }
  return blocks;
}
