import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { assertWritableContentPath } from './content-path';
import { formatContentJson } from './format-json';
import type { ArticleFiles } from '../import/import-article';


/**
 * Creates `<contentDir>/articles/<slug>/` with its three files; with `overwrite` false an existing
 * folder is an error (`EEXIST`). Every file is checked first to lie inside content/ with no link
 * on the way (`ContentPathError`), so `--force` cannot write through a linked folder.
 */
export async function writeArticleFiles(
  contentDir: string,
  files: ArticleFiles,
  overwrite: boolean,
): Promise<string> {
  const articlesDir = join(contentDir, 'articles');
  const folder = join(articlesDir, files.slug);
  await mkdir(articlesDir, { recursive: true });
  await assertWritableContentPath(contentDir, folder, 'folder');
  await mkdir(folder, { recursive: overwrite });
  const contents = { 'article.json': files.meta, 'id.json': files.original, 'en.json': files.translation };
  for (const name of Object.keys(contents)) await assertWritableContentPath(contentDir, join(folder, name));
  for (const [name, value] of Object.entries(contents))
    await writeFileAtomic(join(folder, name), formatContentJson(value));
  return folder;
}
