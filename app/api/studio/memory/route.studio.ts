import { contentDir, readCorpus } from '@/lib/content/source';
import { readMemoryFiles } from '@/lib/content/memory-files';
import { createMemory, pairsFromArticle, type MemorySource } from '@/lib/memory';
import { answer } from '../json-body';

const MAX_QUERY = 5_000;

const sourceName = (source: MemorySource) =>
  source.kind === 'article' ? `${source.slug}#${source.segment}` : `${source.file} (${source.unit})`;

/**
 * Translation memory for the editor: every translated or reviewed segment of the corpus and
 * every pair of the TMX files in content/memory/, built per request from the files as they
 * are, so saved work is in the memory at once. `?q=<original>` answers the closest matches,
 * ranked, with the differences marked (the active segment's own translation left out);
 * `?search=<words>` a concordance over originals and translations.
 */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const query = search.get('q') ?? '';
  const words = search.get('search');
  if (query.length > MAX_QUERY || (words?.length ?? 0) > MAX_QUERY)
    return answer(413, { ok: false, error: 'the query is too long' });
  const [{ articles }, imported] = await Promise.all([readCorpus(), readMemoryFiles(contentDir)]);
  const memory = createMemory([...articles.flatMap(pairsFromArticle), ...imported.pairs]);
  if (words !== null) {
    const hits = memory.concordance(words, { limit: 20 }).map((hit) => ({
      original: hit.original,
      translation: hit.translation,
      ranges: hit.ranges,
      source: sourceName(hit.source),
    }));
    return answer(200, { hits });
  }
  const article = search.get('article');
  const segment = search.get('segment');
  const isItself = (source: MemorySource) =>
    source.kind === 'article' && source.slug === article && source.segment === segment;
  const matches = memory
    .lookup(query, { limit: 6 })
    .filter((match) => !isItself(match.source))
    .slice(0, 5)
    .map((match) => ({
      score: match.score / 100,
      original: match.original,
      translation: match.translation,
      diff: match.diff.map(({ op, text }) => ({ op: op === 'equal' ? 'same' : op, text })),
      source: sourceName(match.source),
    }));
  return answer(200, { matches, problems: imported.problems });
}
