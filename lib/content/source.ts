import 'server-only';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from './corpus';
import { ContentError } from './problems';
import type { Article } from './types';

/**
 * The app's one gateway to content. Loaded once per server process: content is
 * part of the build, so a change means a rebuild, and a broken file fails that build.
 */
const contentDir = join(process.cwd(), 'content');
let corpus: Promise<Corpus> | undefined;

async function validCorpus(): Promise<Corpus> {
  corpus ??= loadCorpus(contentDir);
  const loaded = await corpus;
  if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
  return loaded;
}

export async function listArticles(): Promise<Article[]> {
  return (await validCorpus()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await validCorpus()).articles.find((article) => article.slug === slug);
}
