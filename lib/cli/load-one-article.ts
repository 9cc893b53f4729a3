import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadArticle } from '../content/article';
import { formatProblem } from '../content/problems';
import { slugPattern } from '../content/slug';
import type { Article } from '../content/types';
import { articlesDirOf, displayPath } from './paths';

/** Loads and validates one article for export or merge, printing why when it cannot. */
export async function loadOneArticle(
  contentDir: string,
  slug: string,
  origin: string,
): Promise<Article | undefined> {
  const articlesDir = articlesDirOf(contentDir);
  const folder = join(articlesDir, slug);
  // The slug may come from a file's <file id>: checking it first keeps "../" out of the path.
  const exists =
    slugPattern.test(slug) &&
    (await stat(folder).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (!exists) {
    console.error(`${origin}: no article "${slug}" in ${displayPath(articlesDir)}`);
    return undefined;
  }
  const result = await loadArticle(articlesDir, slug, displayPath(articlesDir));
  if (result.ok) return result.article;
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`${displayPath(folder)}: article is invalid; fix it before exporting or merging`);
  return undefined;
}
