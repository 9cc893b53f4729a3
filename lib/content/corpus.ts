import { readdirSync } from 'node:fs';
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
  const folders = readArticleFolders(articlesDir);
  if (!folders) return { articles: [], problems: [{ file: 'content/articles', message: 'folder is missing' }] };
  const problems: ContentProblem[] = folders.others.map((name) => ({
    file: `content/articles/${name}`,
    message: 'folder name is not a valid slug (lower-case letters, digits, hyphens)',
  }));
  const results = await Promise.all(folders.slugs.map((slug) => loadArticle(articlesDir, slug)));
  const articles: Article[] = [];
  for (const result of results) {
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  return { articles, problems };
}

/** The folders under `articlesDir`, sorted: those named as slugs, and the others. Undefined without the folder. */
function readArticleFolders(articlesDir: string): { slugs: string[]; others: string[] } | undefined {
  let names: string[];
  try {
    names = readdirSync(articlesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return undefined;
  }
  return {
    slugs: names.filter((name) => slugPattern.test(name)),
    others: names.filter((name) => !slugPattern.test(name)),
  };
}

/**
 * The slugs of the article folders under `<contentDir>/articles`, read from folder names alone:
 * what the proxy needs to tell a published article's address from an unknown one. A build
 * checks every folder first, so for a built site these are exactly the published articles.
 */
export function articleSlugs(contentDir: string): string[] {
  return readArticleFolders(join(contentDir, 'articles'))?.slugs ?? [];
}
