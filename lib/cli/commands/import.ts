import { z } from 'zod';
import { slugPattern } from '../../content/slug';
import { decodeRawText } from '../../import/decode-text';
import { importRawArticle } from '../../import/import-article';
import type { ImportProblem } from '../../import/parse-raw-article';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  expectPositionals,
  parseCommandLine,
  UsageError,
  type Command,
  type Output,
} from '../command';
import { writeArticleFiles } from '../../content/article-files';
import { ContentPathError } from '../../content/content-path';
import { MAX_CONTENT_FILE_BYTES } from '../../text/limits';
import { articlesDirOf, displayPath, readInputFileOrSay, today } from '../paths';

const isoDate = z.iso.date();

export const importCommand: Command = {
  name: 'import',
  summary: 'import a raw Indonesian article (headline, dateline, paragraphs, "Baca Juga:" lines)',
  help: `usage: content import <FILE> [--slug SLUG] [--date YYYY-MM-DD] [--force]

Reads a raw article as a news site or a copy-paste gives it: the headline, blank
lines, a first paragraph opening with a dateline ("KONTAN.CO.ID - JAKARTA."),
paragraphs separated by blank lines, and "Baca Juga:" related lines. Writes
<content>/articles/<slug>/{article,id,en}.json with every English segment pending.
Only whitespace is normalised; the words and quotes are stored as written.

  --slug SLUG        folder name (default: from the headline)
  --date YYYY-MM-DD  publication date (default: today)
  --force            overwrite an existing article (its translation is reset to pending)

Exit 0 when imported, 1 when the file cannot be imported (nothing is written).`,
  async run(args, { contentDir, out }) {
    const { values, positionals } = parseCommandLine(args, {
      slug: { type: 'string' },
      date: { type: 'string' },
      force: { type: 'boolean' },
    });
    const [file = ''] = expectPositionals(positionals, ['FILE']);
    if (values.slug !== undefined && !slugPattern.test(values.slug)) {
      throw new UsageError(
        `--slug "${values.slug}" is not a slug (lower-case letters, digits, single hyphens)`,
      );
    }
    if (values.date !== undefined && !isoDate.safeParse(values.date).success) {
      throw new UsageError(`--date "${values.date}" is not a date written YYYY-MM-DD`);
    }

    const bytes = await readInputFileOrSay(file, MAX_CONTENT_FILE_BYTES, out);
    if (!bytes) return EXIT_PROBLEMS;
    const decoded = decodeRawText(bytes);
    if (!decoded.ok) return report(out, file, [decoded.problem]);
    const result = importRawArticle(decoded.text, { published: values.date ?? today(), slug: values.slug });
    if (!result.ok) return report(out, file, result.problems);
    if (result.removedInvisible > 0)
      out.error(
        `${file}: removed ${result.removedInvisible} invisible character(s) (soft hyphens, zero-width or bidi marks) readers would not see`,
      );

    const { files } = result;
    const articlesDir = articlesDirOf(contentDir);
    let folder: string;
    try {
      folder = await writeArticleFiles(contentDir, files, values.force ?? false);
    } catch (error) {
      if (error instanceof ContentPathError) {
        out.error(error.message);
        return EXIT_PROBLEMS;
      }
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      out.error(
        `${displayPath(`${articlesDir}/${files.slug}`)}: article already exists; use --force to overwrite it`,
      );
      return EXIT_PROBLEMS;
    }
    const paragraphs = files.original.segments.length - 1;
    out.log(
      `imported ${file} → ${displayPath(folder)}/ (headline, ${paragraphs} paragraph(s), ${files.meta.related.length} related, ` +
        `source ${files.meta.source.name}, dateline ${files.meta.dateline})`,
    );
    return EXIT_OK;
  },
};

function report(out: Output, file: string, problems: ImportProblem[]): number {
  for (const { line, message } of problems)
    out.error(`${file}:${line === undefined ? '' : `${line}:`} ${message}`);
  out.error('nothing was written');
  return EXIT_PROBLEMS;
}
