import 'server-only';
import { join } from 'node:path';
import { loadCorpus } from './corpus';
import { ContentError } from './problems';
import type { Article } from './types';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type Matcher } from '../glossary/matcher';
import { indexMentions, type MentionSite } from '../glossary/mention-index';
import type { GlossaryEntry } from '../glossary/types';

/**
 * The app's one gateway to content. Loaded once per server process: content is
 * part of the build, so a change means a rebuild, and a broken file fails that build.
 */
const contentDir = join(process.cwd(), 'content');

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
