import { printable } from '../text/printable';

/** A reason a content file cannot be published, pointing at the file and, where known, the segment or entry. */
export interface ContentProblem {
  file: string;
  segment?: string;
  entry?: string;
  message: string;
}

/** One line for a terminal: a file's own text (an id, a name) may hold control characters, so it is escaped. */
export function formatProblem({ file, segment, entry, message }: ContentProblem): string {
  const where = segment ? ` segment "${segment}":` : entry ? ` entry "${entry}":` : '';
  return printable(`${file}:${where} ${message}`, { keepNewlines: false });
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
