import type { Issue } from './types';

const sentences = (count: number) => `${count} sentence${count === 1 ? '' : 's'}`;
const quoted = (text: string) => (text === '' ? 'no mark' : `"${text}"`);

/** English wording for the CLI; the editor will word the same `check` and `params` in its locale. */
export function formatIssue(issue: Issue): string {
  switch (issue.check) {
    case 'numbers':
      return issue.params.kind === 'missing'
        ? `the number ${issue.params.text} in the original is not in the translation`
        : `the number ${issue.params.text} in the translation is not in the original`;
    case 'identical':
      return 'the translation is the same as the original';
    case 'brackets':
      return issue.params.kind === 'unclosed'
        ? `the mark ${issue.params.mark} is opened but not closed`
        : `the mark ${issue.params.mark} closes but nothing opened it`;
    case 'final-punctuation':
      return `the original ends with ${quoted(issue.params.original)}, the translation with ${quoted(issue.params.translation)}`;
    case 'spacing':
      return {
        double: 'more than one space in a row',
        leading: 'space at the start',
        trailing: 'space at the end',
      }[issue.params.kind];
    case 'repeated-word':
      return `"${issue.params.word}" is repeated`;
    case 'sentence-pairing': {
      const { original, translation, unpaired } = issue.params;
      return `a sentence in the ${unpaired} has no counterpart (${sentences(original)} in the original, ${sentences(translation)} in the translation)`;
    }
    case 'glossary':
      return `term "${issue.params.termId}" (${issue.params.name}) appears in the original but none of its English names is in the translation`;
  }
}
