import type { Article } from '../content/types';

export interface Progress {
  reviewed: number;
  translated: number;
  pending: number;
  total: number;
}

/** How far an article's translation has come, segment by segment (the headline counts as one). */
export function progressOf(article: Article): Progress {
  const segments = [article.headline, ...article.body];
  const count = (status: string) => segments.filter((segment) => segment.status === status).length;
  return {
    reviewed: count('reviewed'),
    translated: count('translated'),
    pending: count('pending'),
    total: segments.length,
  };
}
