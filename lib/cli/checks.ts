import type { Corpus } from '../content/corpus';
import type { ContentProblem } from '../content/problems';

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

/**
 * The checks `npm run content -- check` runs after loading the corpus. Extension point:
 * terminology QA (glossary terms translated as the glossary says) and suggestions of
 * names the glossary lacks register here, each as one `ContentCheck`.
 */
export const contentChecks: ContentCheck[] = [];

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
