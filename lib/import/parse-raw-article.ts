/** One problem in a raw article, at a line of the input file where one is known. */
export interface ImportProblem {
  line?: number;
  message: string;
}

export interface RawBlock {
  /** First line of the block in the input file (1-based). */
  line: number;
  text: string;
}

export interface RawRelated extends RawBlock {
  /** Index into `paragraphs` of the paragraph the line followed; -1 when it followed the headline. */
  afterParagraph: number;
}

export interface RawArticle {
  headline: RawBlock;
  paragraphs: RawBlock[];
  related: RawRelated[];
}

const RELATED_LINE = /^baca juga\s*:\s*(.*)$/i;

/**
 * Splits normalised lines into headline, paragraphs and "Baca Juga:" lines. Blocks are
 * separated by blank lines; lines within a block (soft wraps) join with one space; a
 * "Baca Juga:" line always stands alone, wherever it is.
 */
export function parseRawArticle(
  lines: string[],
): { ok: true; article: RawArticle } | { ok: false; problems: ImportProblem[] } {
  const blocks: RawBlock[] = [];
  const related: RawRelated[] = [];
  const problems: ImportProblem[] = [];
  let open: RawBlock | undefined;

  lines.forEach((text, index) => {
    const line = index + 1;
    const relatedMatch = RELATED_LINE.exec(text);
    if (text === '' || relatedMatch) open = undefined;
    if (relatedMatch) {
      const title = relatedMatch[1] ?? '';
      if (title === '') problems.push({ line, message: '"Baca Juga:" line has no title' });
      else if (blocks.length === 0)
        problems.push({ line, message: '"Baca Juga:" line comes before the headline' });
      else related.push({ line, text: title, afterParagraph: blocks.length - 2 });
    } else if (text !== '') {
      if (open) open.text += ` ${text}`;
      else blocks.push((open = { line, text }));
    }
  });

  const [headline, ...paragraphs] = blocks;
  if (!headline) problems.push({ message: 'no headline: the file has no text besides "Baca Juga:" lines' });
  else if (paragraphs.length === 0) {
    problems.push({
      line: headline.line,
      message: 'no body paragraphs after the headline (separate paragraphs with blank lines)',
    });
  }
  if (!headline || problems.length > 0) return { ok: false, problems };
  return { ok: true, article: { headline, paragraphs, related } };
}
