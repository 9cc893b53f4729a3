import { join } from 'node:path';
import { loadArticle, reshapeArticle } from '../content/article';
import type { Article, Segment } from '../content/types';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/types';
import { importRawArticle } from '../import/import-article';

/** Shared by the terminology tests: the real content, and articles made from raw text as `import` makes them. */

export const contentDir = join(__dirname, '..', '..', 'content');
export const seedSlug = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';

export async function realGlossary(): Promise<{ entries: GlossaryEntry[]; matcher: Matcher }> {
  const { entries, problems } = await loadGlossary(contentDir);
  if (problems.length > 0) throw new Error(`glossary is invalid: ${JSON.stringify(problems)}`);
  return { entries, matcher: createMatcher(entries) };
}

export async function seedArticle(): Promise<Article> {
  const loaded = await loadArticle(join(contentDir, 'articles'), seedSlug);
  if (!loaded.ok) throw new Error(`seed article is invalid: ${JSON.stringify(loaded.problems)}`);
  return loaded.article;
}

/** An article imported from raw text (headline, blank line, dateline paragraph, …), every segment pending. */
export function importedArticle(raw: string): Article {
  const imported = importRawArticle(raw, { published: '2024-03-05' });
  if (!imported.ok) throw new Error(`cannot import: ${JSON.stringify(imported.problems)}`);
  const { slug, meta, original, translation } = imported.files;
  return reshapeArticle(slug, meta, original, translation);
}

/** A copy of `article` with one segment changed. */
export function withSegment(article: Article, id: string, change: Partial<Segment>): Article {
  const edit = (segment: Segment) => (segment.id === id ? { ...segment, ...change } : segment);
  return { ...article, headline: edit(article.headline), body: article.body.map(edit) };
}
