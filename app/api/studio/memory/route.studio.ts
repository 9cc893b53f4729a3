import { createMemory, pairsFromArticle, type MemorySource } from '@/lib/memory';
import { listArticles } from '@/lib/content/source';
import { answer } from '../json-body';

const MAX_QUERY = 5_000;

/**
 * Translation memory for the editor's active segment: `?q=<original>` gives the closest
 * translated or reviewed segments of the whole corpus, ranked, with the differences marked.
 * Built per request from the files as they are: saved work is in the memory at once.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const query = search.get('q') ?? '';
  // The active segment's own translation is no match for it.
  const article = search.get('article');
  const segment = search.get('segment');
  const isItself = (source: MemorySource) =>
    source.kind === 'article' && source.slug === article && source.segment === segment;
  if (query.length > MAX_QUERY) return answer(413, { ok: false, error: 'the query is too long' });
  const memory = createMemory((await listArticles()).flatMap(pairsFromArticle));
  const matches = memory
    .lookup(query, { limit: 6 })
    .filter((match) => !isItself(match.source))
    .slice(0, 5)
    .map((match) => ({
      score: match.score / 100,
      original: match.original,
      translation: match.translation,
      diff: match.diff.map(({ op, text }) => ({ op: op === 'equal' ? 'same' : op, text })),
      source:
        match.source.kind === 'article' ? `${match.source.slug}#${match.source.segment}` : match.source.file,
    }));
  return answer(200, { matches });
}
