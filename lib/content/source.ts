import 'server-only';
import { join } from 'node:path';
import { loadArticle, type ArticleResult } from './article';
import { loadCorpus, type Corpus } from './corpus';
import { ContentError, type ContentProblem } from './problems';
import { readJsonFile } from './read';
import { articleMetaSchema, originalFileSchema } from './schema';
import { slugPattern } from './slug';
import type { Article } from './types';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type Matcher } from '../glossary/matcher';
import { indexMentions, type MentionSite } from '../glossary/mention-index';
import type { GlossaryEntry, VocabularyEntry } from '../glossary/types';
import { createAnalyser, type WordAnalyser } from '../words/analyse';
import { createVocabulary, type Vocabulary } from '../words/vocabulary';
import { loadLexicon } from './lexicon';
import { LOCALES } from '../routes/table.mjs';

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
  /** Words and phrases of the glossary, matched in originals only and apart from names. */
  vocabulary: VocabularyEntry[];
  /** Built once like the matcher: each word type is analysed once per process. */
  analyser: WordAnalyser;
  vocabularyIndex: Vocabulary;
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
    vocabulary: glossary.vocabulary,
    analyser: createAnalyser(await loadLexicon()),
    vocabularyIndex: createVocabulary(glossary.vocabulary),
  };
}

export function getLibrary(): Promise<Library> {
  if (!library) {
    library = load();
    // In the workspace the files change while it runs: the calls of one render share one read,
    // and the next request reads afresh.
    if (fresh)
      library.then(
        () => (library = undefined),
        () => (library = undefined),
      );
  }
  return library;
}

export async function listArticles(): Promise<Article[]> {
  return (await getLibrary()).articles;
}

/** Every published article in every locale: the static params of each per-article route. */
export async function articleParams(): Promise<{ locale: (typeof LOCALES)[number]; slug: string }[]> {
  const articles = await listArticles();
  return LOCALES.flatMap((locale) => articles.map(({ slug }) => ({ locale, slug })));
}

export async function getArticle(slug: string): Promise<Article | undefined> {
  return (await getLibrary()).articles.find((article) => article.slug === slug);
}

export async function getGlossary(): Promise<Pick<Library, 'glossary' | 'matcher' | 'mentions'>> {
  return getLibrary();
}

/** What a reader's word cards need: the analyser, the vocabulary and its index (see `lookupVocabulary`). */
export async function getWords(): Promise<Pick<Library, 'analyser' | 'vocabulary' | 'vocabularyIndex'>> {
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

/**
 * One segment of an article's original as its file holds it now, or why not: all a save needs
 * to know about the original (that the segment exists, and its text for the review checks),
 * without validating and aligning the whole article on every keystroke's save.
 */
export async function readOriginalSegment(
  slug: string,
  id: string,
): Promise<{ ok: true; text: string | undefined } | { ok: false; problems: ContentProblem[] }> {
  if (!slugPattern.test(slug)) return { ok: false, problems: [{ file: 'content/articles', message: 'not an article slug' }] };
  const label = `content/articles/${slug}/id.json`;
  const read = await readJsonFile(join(contentDir, 'articles', slug, 'id.json'), label, originalFileSchema);
  if (!read.ok) return read;
  return { ok: true, text: read.data.segments.find((segment) => segment.id === id)?.text };
}

/**
 * The glossary and its matcher from disk now, whether or not every article validates: the
 * workspace keeps working on one article while another is broken.
 */
export async function readGlossary(): Promise<Pick<Library, 'glossary' | 'matcher'>> {
  const { entries, problems } = await loadGlossary(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return { glossary: entries, matcher: createMatcher(entries) };
}

/** The original title of one "Baca Juga" item of an article (article.json), for a save of its English. */
export async function readRelatedOriginal(slug: string, id: string): Promise<string | undefined> {
  if (!slugPattern.test(slug)) return undefined;
  const label = `content/articles/${slug}/article.json`;
  const read = await readJsonFile(join(contentDir, 'articles', slug, 'article.json'), label, articleMetaSchema);
  return read.ok ? read.data.related.find((item) => item.id === id)?.title : undefined;
}
