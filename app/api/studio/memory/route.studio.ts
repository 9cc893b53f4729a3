import { createMemory, pairsFromArticle } from '@/lib/memory';
import { listArticles } from '@/lib/content/source';
import { answer } from '../json-body';

const MAX_QUERY = 5_000;

/**
 * Translation memory for the editor's active segment: `?q=<original>` gives the closest
 * translated or reviewed segments of the whole corpus, ranked, with the differences marked.
 * Built per request from the files as they are: saved work is in the memory at once.
 */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams.get('q') ?? '';
  if (query.length > MAX_QUERY) return answer(413, { ok: false, error: 'the query is too long' });
  const memory = createMemory((await listArticles()).flatMap(pairsFromArticle));
  const matches = memory.lookup(query, { limit: 5 }).map((match) => ({
    score: match.score,
    original: match.original,
    translation: match.translation,
    diff: match.diff.map(({ op, text }) => ({ op: op === 'equal' ? 'same' : op, text })),
    source:
      match.source.kind === 'article' ? `${match.source.slug}#${match.source.segment}` : match.source.file,
  }));
  return answer(200, { matches });
}
