import 'server-only';
import { join } from 'node:path';
import { loadArticle, type ArticleResult } from './article';
import { loadCorpus, type Corpus } from './corpus';
import { ContentError } from './problems';
import type { Article } from './types';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type Matcher } from '../glossary/matcher';
import { indexMentions, type MentionSite } from '../glossary/mention-index';
import type { GlossaryEntry } from '../glossary/types';

/**
 * The app's one gateway to content. Loaded once per server process: content is part of the
 * build, so a change means a rebuild, and a broken file fails that build. In the translation
 * workspace (`npm run studio`) every request reads the files afresh instead, so a save, a CLI
 * merge or a git pull shows at once. `SEJAJAR_CONTENT_DIR` points the workspace (and its tests)
 * at another content folder.
 */
export const contentDir = process.env.SEJAJAR_CONTENT_DIR ?? join(process.cwd(), 'content');
const fresh = process.env.SEJAJAR_STUDIO === '1';

export interface Library {
  articles: Article[];
  glossary: GlossaryEntry[];
  /** Built once: matching then costs microseconds per block, whatever the glossary's size. */
  matcher: Matcher;
  mentions: Map<string, MentionSite[]>;
}

let library: Promise<Library> | undefined;

async function load(): Promise<Library> {
  const [corpus, glossary] = await Promise.all([loadCorpus(contentDir), loadGlossary(contentDir)]);
  const problems = [...corpus.problems, ...glossary.problems];
  if (problems.length > 0) throw new ContentError(problems);
  const matcher = createMatcher(glossary.entries);
  return {
    articles: corpus.articles,
    glossary: glossary.entries,
    matcher,
    mentions: indexMentions(corpus.articles, matcher),
  };
}

export function getLibrary(): Promise<Library> {
  if (fresh) return load();
  library ??= load();
  return library;
}

export async function listArticles(): Promise<Article[]> {
  return (await getLibrary()).articles;
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getLibrary()).articles.find((article) => article.slug === slug);
}

export async function getGlossary(): Promise<Pick<Library, 'glossary' | 'matcher' | 'mentions'>> {
  return getLibrary();
}

/**
 * One article read from disk now, with its problems instead of an exception: the workspace's
 * editor shows a broken file's validation errors (file and segment named) rather than failing.
 */
export function readArticle(slug: string): Promise<ArticleResult> {
  return loadArticle(join(contentDir, 'articles'), slug);
}

/** Every article that reads, and the problems of those that do not, from disk now (the workspace's list). */
export function readCorpus(): Promise<Corpus> {
  return loadCorpus(contentDir);
}
