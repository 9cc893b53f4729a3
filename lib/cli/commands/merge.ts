import { join } from 'node:path';
import { formatProblem } from '../../content/problems';
import { readJsonFile } from '../../content/read';
import { translationFileSchema } from '../../content/schema';
import { mergeXliff } from '../../interchange/xliff-merge';
import { readXliff, type XliffProblem } from '../../interchange/xliff-read';
import { EXIT_OK, EXIT_PROBLEMS, expectPositionals, parseCommandLine, type Command } from '../command';
import { formatContentJson, writeFileAtomic } from '../content-files';
import { loadOneArticle } from '../load-one-article';
import { articlesDirOf, displayPath, readInputFile } from '../paths';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge a translated XLIFF 2.0 file back into the article it was exported from',
  help: `usage: content merge <FILE.xlf>

Fills or updates the English segments by unit id; the state sets the status
(initial → pending, translated → translated, reviewed and final → reviewed).
A unit without <target> leaves its segment as it is. The file is refused, and
nothing changed, when its <file id> names no article, a unit id does not match
a segment, a segment has no unit, or a <source> no longer matches the original.

Exit 0 when merged, 1 when refused.`,
  async run(args, { contentDir }) {
    const { positionals } = parseCommandLine(args, {});
    const [file = ''] = expectPositionals(positionals, ['FILE.xlf']);
    const bytes = await readInputFile(file);
    if (!bytes) return EXIT_PROBLEMS;
    let xml: string;
    try {
      xml = utf8.decode(bytes);
    } catch {
      return refuse(file, [{ message: 'file is not valid UTF-8' }]);
    }
    const read = readXliff(xml);
    if (!read.ok) return refuse(file, read.problems);
    const { document } = read;

    const article = await loadOneArticle(
      contentDir,
      document.fileId,
      `${file}: <file id="${document.fileId}">`,
    );
    if (!article) return refuse(file, []);
    const enPath = join(articlesDirOf(contentDir), article.slug, 'en.json');
    const current = await readJsonFile(enPath, displayPath(enPath), translationFileSchema);
    if (!current.ok)
      return refuse(
        file,
        current.problems.map((p) => ({ message: formatProblem(p) })),
      );
    const merged = mergeXliff(document, article, current.data);
    if (!merged.ok) return refuse(file, merged.problems);

    if (merged.updated.length > 0) await writeFileAtomic(enPath, formatContentJson(merged.translation));
    console.log(`merged ${file} into ${displayPath(enPath)}: ${merged.updated.length} segment(s) updated`);
    return EXIT_OK;
  },
};

function refuse(file: string, problems: XliffProblem[]): number {
  for (const { line, unit, message } of problems) {
    console.error(
      formatProblem({ file: line === undefined ? file : `${file}:${line}`, segment: unit, message }),
    );
  }
  console.error(`${file}: merge refused; nothing was changed`);
  return EXIT_PROBLEMS;
}
