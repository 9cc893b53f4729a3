import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArticle } from '../content/article';
import { formatProblem } from '../content/problems';
import { slugPattern } from '../content/slug';
import type { Article } from '../content/types';
import type { Output } from './command';
import { articlesDirOf, displayPath } from './paths';

/** Loads and validates one article for export or merge, printing why when it cannot. */
export async function loadOneArticle(
  contentDir: string,
  slug: string,
  origin: string,
  out: Output,
): Promise<Article | undefined> {
  const articlesDir = articlesDirOf(contentDir);
  const folder = join(articlesDir, slug);
  // The slug may come from a file's <file id>: checking it first keeps "../" out of the path.
  // lstat, not stat: a linked folder is reported by loadArticle, never followed.
  const exists =
    slugPattern.test(slug) &&
    (await lstat(folder).then(
      (s) => s.isDirectory() || s.isSymbolicLink(),
      () => false,
    ));
  if (!exists) {
    out.error(`${origin}: no article "${slug}" in ${displayPath(articlesDir)}`);
    return undefined;
  }
  const result = await loadArticle(articlesDir, slug, displayPath(articlesDir));
  if (result.ok) return result.article;
  for (const problem of result.problems) out.error(formatProblem(problem));
  out.error(`${displayPath(folder)}: article is invalid; fix it before exporting or merging`);
  return undefined;
}
