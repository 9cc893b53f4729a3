import type { ContentProblem } from '../content/problems';
import type { VocabularyEntry } from '../glossary/types';
import type { WordAnalyser } from './analyse';
import { createVocabulary } from './vocabulary';

/**
 * The rules of vocabulary entries that need the analyser, each problem naming the file and the entry:
 * a word's root is one the analyser arrives at (otherwise the entry would never match), each of its
 * forms has that root, no two words share a root, a phrase has at least two words, and the example
 * contains the entry (so the example shows the entry the card is about).
 */
export function checkVocabulary(
  entries: readonly VocabularyEntry[],
  analyser: WordAnalyser,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (entry: string, message: string) => problems.push({ file, entry, message });
  const roots = new Map<string, string>();
  for (const entry of entries) {
    const { id, headword } = entry;
    if (entry.type === 'word') {
      const got = analyser.analyseWord(headword);
      if (headword.includes(' ')) problem(id, `root "${headword}" is more than one word; make it a phrase`);
      else if (got.root !== headword)
        problem(id, `root "${headword}" is not a root: the analyser reads it as ${got.display}`);
      const other = roots.get(headword);
      if (other) problem(id, `root "${headword}" is already the root of entry "${other}"`);
      roots.set(headword, id);
      for (const form of Object.keys(entry.forms)) {
        const root = analyser.analyseWord(form).root;
        if (root !== headword)
          problem(id, `forms.${form}: the analyser gives root "${root}", not "${headword}"`);
      }
    } else if (!headword.includes(' ')) {
      problem(id, `phrase "${headword}" is one word; make it a word entry with its root`);
    }
    const inExample = createVocabulary([entry])
      .lookup(analyser.analyseText(entry.example.id))
      .some((match) => match.entryId === id);
    if (!inExample) problem(id, `example.id does not contain "${headword}" in any form`);
  }
  return problems;
}
