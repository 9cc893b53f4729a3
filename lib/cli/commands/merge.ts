import { formatProblem } from '../../content/problems';
import { readJsonFile } from '../../content/read';
import { translationFileSchema } from '../../content/schema';
import { saveSegments } from '../../content/write';
import { mergeXliff } from '../../interchange/xliff-merge';
import { readXliff, type XliffProblem } from '../../interchange/xliff-read';
import { MAX_INTERCHANGE_FILE_BYTES } from '../../text/limits';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  expectPositionals,
  parseCommandLine,
  type Command,
  type Output,
} from '../command';
import { loadOneArticle } from '../load-one-article';
import { articlesDirOf, displayPath, readInputFile } from '../paths';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge a translated XLIFF 2.0 file back into the article it was exported from',
  help: `usage: content merge <FILE.xlf>

Fills or updates the English segments by unit id; the state sets the status
(initial → pending, translated → translated, reviewed and final → reviewed).
A unit without <target>, or left as exported, leaves its segment as it is.

The file is refused, and nothing changed, when it is not plain XLIFF (a DOCTYPE
or entity declaration, a control character), its <file id> names no article, a
unit id does not match a segment, a segment has no unit, or a <source> no longer
matches the original. A unit whose segment changed since the export (the hash
the export recorded no longer matches) is refused and reported, never applied;
the other units are merged. Files exported before hashes were recorded can only
merge units that already match the file: re-export.

Exit 0 when merged, 1 when refused in whole or in part.`,
  async run(args, { contentDir, out }) {
    const { positionals } = parseCommandLine(args, {});
    const [file = ''] = expectPositionals(positionals, ['FILE.xlf']);
    const input = await readInputFile(file, MAX_INTERCHANGE_FILE_BYTES);
    if (!input.ok) return refuseFile(out, input.message);
    let xml: string;
    try {
      xml = utf8.decode(input.bytes);
    } catch {
      return refuseFile(out, `${file}: file is not valid UTF-8`);
    }
    const read = readXliff(xml);
    if (!read.ok) {
      const [only, ...more] = read.problems;
      if (only && more.length === 0 && only.unit === undefined)
        return refuseFile(out, `${file}:${only.line === undefined ? '' : `${only.line}:`} ${only.message}`);
      return refuse(out, file, read.problems);
    }
    const { document } = read;

    const article = await loadOneArticle(
      contentDir,
      document.fileId,
      `${file}: <file id="${document.fileId}">`,
      out,
    );
    if (!article) return refuse(out, file, []);
    const enPath = `${articlesDirOf(contentDir)}/${article.slug}/en.json`;
    const current = await readJsonFile(enPath, displayPath(enPath), translationFileSchema);
    if (!current.ok)
      return refuse(
        out,
        file,
        current.problems.map((p) => ({ message: formatProblem(p) })),
      );
    const merged = mergeXliff(document, article, current.data);
    if (!merged.ok) return refuse(out, file, merged.problems);

    const saved = await saveSegments(contentDir, article.slug, merged.changes, {
      label: displayPath(enPath),
    });
    if (!saved.ok)
      return refuse(
        out,
        file,
        saved.problems.map((p) => ({ message: formatProblem(p) })),
      );
    const refused = [...merged.refused, ...saved.refused.map(({ id, message }) => ({ unit: id, message }))];
    for (const problem of refused) printProblem(out, file, problem);
    out.log(
      `merged ${file} into ${displayPath(enPath)}: ${saved.applied.length} segment(s) updated` +
        (refused.length > 0 ? `, ${refused.length} unit(s) refused` : ''),
    );
    return refused.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};

/** A file that is refused before any unit is read: exactly one line. */
function refuseFile(out: Output, reason: string): number {
  out.error(`merge refused: ${reason}`);
  return EXIT_PROBLEMS;
}

function refuse(out: Output, file: string, problems: XliffProblem[]): number {
  for (const problem of problems) printProblem(out, file, problem);
  out.error(`${file}: merge refused; nothing was changed`);
  return EXIT_PROBLEMS;
}

function printProblem(out: Output, file: string, { line, unit, message }: XliffProblem): void {
  out.error(formatProblem({ file: line === undefined ? file : `${file}:${line}`, segment: unit, message }));
}
