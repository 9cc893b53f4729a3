import type { ContentProblem } from '../content/problems';
import { GLOSSARY_FILE } from '../glossary/load';
import type { GlossaryEntry } from '../glossary/types';

/**
 * Variants limited with `onlyIn` to articles that do not exist: a typo or a renamed slug there
 * silently turns the name off everywhere, so it is a problem, not a warning.
 */
export function findUnknownArticleScopes(
  entries: readonly GlossaryEntry[],
  slugs: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    for (const lang of ['id', 'en'] as const) {
      for (const { text, onlyIn = [] } of entry.variants[lang]) {
        for (const slug of onlyIn.filter((s) => !slugs.has(s))) {
          problems.push({
            file: GLOSSARY_FILE,
            entry: entry.id,
            message: `${lang} name "${text}" is limited (onlyIn) to article "${slug}", which is not in content/articles`,
          });
        }
      }
    }
  }
  return problems;
}
