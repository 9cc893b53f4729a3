import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle } from './article';
import type { ContentProblem } from './problems';
import { LINK_REFUSED } from './regular-file';
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
  const problems: ContentProblem[] = [
    ...folders.links.map((name) => ({ file: `content/articles/${name}`, message: `folder ${LINK_REFUSED}` })),
    ...folders.others.map((name) => ({
      file: `content/articles/${name}`,
      message: 'folder name is not a valid slug (lower-case letters, digits, hyphens)',
    })),
  ];
  const results = await Promise.all(folders.slugs.map((slug) => loadArticle(articlesDir, slug)));
  const articles: Article[] = [];
  for (const result of results) {
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  return { articles, problems };
}

/**
 * The folders under `articlesDir`, sorted: those named as slugs, the others, and symbolic links
 * (refused, never followed: a link would let an article live, and be written, outside content/).
 * Undefined without the folder.
 */
function readArticleFolders(
  articlesDir: string,
): { slugs: string[]; others: string[]; links: string[] } | undefined {
  let names: string[];
  let links: string[];
  try {
    const entries = readdirSync(articlesDir, { withFileTypes: true });
    names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    links = entries.filter((entry) => entry.isSymbolicLink()).map((entry) => entry.name).sort();
  } catch {
    return undefined;
  }
  return {
    links,
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
