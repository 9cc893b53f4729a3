import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArticle } from './article';
import type { ContentProblem } from './problems';
import { slugPattern } from './slug';
import type { Article } from './types';

export interface Corpus {
  articles: Article[];
  problems: ContentProblem[];
}

/** Loads every article under `<contentDir>/articles`, newest first, collecting all problems instead of stopping at the first. */
export async function loadCorpus(contentDir: string): Promise<Corpus> {
  const articlesDir = join(contentDir, 'articles');
  let entries;
  try {
    entries = await readdir(articlesDir, { withFileTypes: true });
  } catch {
    return { articles: [], problems: [{ file: 'content/articles', message: 'folder is missing' }] };
  }
  const problems: ContentProblem[] = [];
  const slugs: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    if (slugPattern.test(entry.name)) slugs.push(entry.name);
    else problems.push({ file: `content/articles/${entry.name}`, message: 'folder name is not a valid slug (lower-case letters, digits, hyphens)' });
  }
  const results = await Promise.all(slugs.sort().map((slug) => loadArticle(articlesDir, slug)));
  const articles: Article[] = [];
  for (const result of results) {
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  return { articles, problems };
}

/**
 * The slugs of the article folders under `<contentDir>/articles`, without reading any article:
 * what the proxy needs to tell a published article's address from an unknown one. A build
 * checks every folder first, so for a built site these are exactly the published articles.
 */
export function articleSlugs(contentDir: string): string[] {
  try {
    return readdirSync(join(contentDir, 'articles'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && slugPattern.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}
