import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkArticle, describeArticleIssues } from '../checks/article';
import type { Corpus } from '../content/corpus';
import type { ContentProblem } from '../content/problems';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type Matcher } from '../glossary/matcher';
import type { GlossaryEntry } from '../glossary/types';
import { findUnknownArticleScopes } from '../terminology/glossary-scope';
import { describeNameSuggestion, findNameSuggestions } from '../terminology/name-suggestions';
import { describeTermMiss, findTermMisses } from '../terminology/term-misses';

/** What one check found: problems fail `check`; suggestions are printed but do not. */
export interface CheckFindings {
  problems: ContentProblem[];
  suggestions: ContentProblem[];
}

/** A check over the articles that passed schema and alignment validation. */
export interface ContentCheck {
  name: string;
  run(corpus: Corpus, contentDir: string): Promise<Partial<CheckFindings>> | Partial<CheckFindings>;
}

/** The glossary file itself, and `onlyIn` slugs that name no article folder (even one that failed to load). */
export const glossaryCheck: ContentCheck = {
  name: 'glossary',
  async run(_corpus, contentDir) {
    const glossary = await loadGlossary(contentDir);
    const folders = await readdir(join(contentDir, 'articles'), { withFileTypes: true }).catch(() => []);
    const slugs = new Set(folders.filter((f) => f.isDirectory()).map((f) => f.name));
    return { problems: [...glossary.problems, ...findUnknownArticleScopes(glossary.entries, slugs)] };
  },
};

/** Every glossary name in a translated original is named in its English twin. */
export const terminologyCheck: ContentCheck = {
  name: 'terminology',
  async run(corpus, contentDir) {
    const glossary = await validGlossary(contentDir);
    if (!glossary) return {};
    const byId = new Map(glossary.entries.map((entry) => [entry.id, entry]));
    const problems = corpus.articles.flatMap((article) =>
      findTermMisses(article, glossary.matcher).map((miss) =>
        describeTermMiss(article.slug, miss, byId.get(miss.termId)),
      ),
    );
    return { problems };
  },
};

/**
 * The translation checks the workspace runs as a translator types (lib/checks): numbers that
 * differ are problems, the form checks' warnings are printed as suggestions. The glossary rule is
 * `terminologyCheck` above, so it is left out here (no matcher) rather than reported twice.
 */
export const translationCheck: ContentCheck = {
  name: 'translation',
  run(corpus) {
    const findings = corpus.articles.map((article) =>
      describeArticleIssues(article.slug, checkArticle(article)),
    );
    return {
      problems: findings.flatMap((found) => found.problems),
      suggestions: findings.flatMap((found) => found.suggestions),
    };
  },
};

/** Capitalised names in originals that no glossary entry covers: suggestions, never failures. */
export const nameSuggestionsCheck: ContentCheck = {
  name: 'name suggestions',
  async run(corpus, contentDir) {
    const glossary = await validGlossary(contentDir);
    if (!glossary) return {};
    const suggestions = corpus.articles.flatMap((article) =>
      findNameSuggestions(article, glossary.matcher).map((s) => describeNameSuggestion(article.slug, s)),
    );
    return { suggestions };
  },
};

/** An invalid glossary is reported by `glossaryCheck`; checking terms against it would only add noise. */
async function validGlossary(
  contentDir: string,
): Promise<{ entries: GlossaryEntry[]; matcher: Matcher } | undefined> {
  const { entries, problems } = await loadGlossary(contentDir);
  return problems.length > 0 ? undefined : { entries, matcher: createMatcher(entries) };
}

/** The checks `npm run content -- check` runs after loading the corpus, in report order. */
export const contentChecks: ContentCheck[] = [
  glossaryCheck,
  terminologyCheck,
  translationCheck,
  nameSuggestionsCheck,
];

export interface CheckReport extends CheckFindings {
  ok: boolean;
  articles: number;
}

export async function runChecks(
  corpus: Corpus,
  contentDir: string,
  checks: ContentCheck[] = contentChecks,
): Promise<CheckReport> {
  const problems = [...corpus.problems];
  const suggestions: ContentProblem[] = [];
  for (const check of checks) {
    const found = await check.run(corpus, contentDir);
    problems.push(...(found.problems ?? []));
    suggestions.push(...(found.suggestions ?? []));
  }
  return { ok: problems.length === 0, articles: corpus.articles.length, problems, suggestions };
}
