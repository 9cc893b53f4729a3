import { exportTmx } from '../../interchange/tmx-export';
import { exportXliff } from '../../interchange/xliff-export';
import {
  EXIT_OK,
  EXIT_PROBLEMS,
  expectPositionals,
  parseCommandLine,
  UsageError,
  type Command,
} from '../command';
import { writeFileAtomic } from '../../content/atomic-write';
import { loadOneArticle } from '../load-one-article';
import { outputPathProblem } from '../output-file';

const exporters = { xliff: exportXliff, tmx: exportTmx };

export const exportCommand: Command = {
  name: 'export',
  summary: 'export an article for a CAT tool (XLIFF 2.0) or a translation memory (TMX 1.4)',
  help: `usage: content export <SLUG> --format xliff|tmx [--out FILE]

  --format xliff   XLIFF 2.0, one unit per segment, state from the status
                   (pending → initial, translated, reviewed); merge it back with "merge"
  --format tmx     TMX 1.4 of the translated and reviewed segments
  --out FILE       write to FILE instead of standard output: a new file in an
                   existing folder, or a regular file (replaced atomically);
                   never a link, FIFO or device

Exit 0 when exported, 1 when the article is missing or invalid or FILE cannot be written.`,
  async run(args, { contentDir, out }) {
    const { values, positionals } = parseCommandLine(args, {
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const [slug = ''] = expectPositionals(positionals, ['SLUG']);
    const format = values.format;
    if (format !== 'xliff' && format !== 'tmx') {
      throw new UsageError(
        format === undefined
          ? '--format is required (xliff or tmx)'
          : `--format "${format}" is not xliff or tmx`,
      );
    }
    const article = await loadOneArticle(contentDir, slug, 'export', out);
    if (!article) return EXIT_PROBLEMS;
    const xml = exporters[format](article);
    if (values.out === undefined) out.data(xml);
    else {
      const problem = await outputPathProblem(values.out);
      if (problem) {
        out.error(problem);
        return EXIT_PROBLEMS;
      }
      await writeFileAtomic(values.out, xml);
      out.error(`exported ${slug} as ${format} → ${values.out}`);
    }
    return EXIT_OK;
  },
};
