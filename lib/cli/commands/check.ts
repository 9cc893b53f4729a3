import { loadCorpus } from '../../content/corpus';
import { formatProblem } from '../../content/problems';
import { printableJson } from '../../text/printable';
import { runChecks } from '../checks';
import { EXIT_OK, EXIT_PROBLEMS, expectPositionals, parseCommandLine, type Command } from '../command';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate all content (schema, alignment, registered checks)',
  help: `usage: content check [--json]

Validates every article under <content>/articles: each file against its schema,
the original and translation segment for segment, and the registered checks:
the glossary (<content>/glossary/entries.json, its onlyIn slugs), and terminology
(a glossary name in an original must be named in its translated or reviewed English).
Lists names the glossary lacks as suggestions, which do not fail the check.

  --json   print a machine-readable report {ok, articles, problems, suggestions}

Exit 0 when all is well, 1 when problems were found.`,
  async run(args, { contentDir, out }) {
    const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean' } });
    expectPositionals(positionals, []);
    const report = await runChecks(await loadCorpus(contentDir), contentDir);
    if (values.json) {
      out.data(`${printableJson(report)}\n`);
    } else {
      for (const problem of report.problems) out.error(formatProblem(problem));
      if (report.suggestions.length > 0) {
        out.log('suggestions (names the glossary lacks; they do not fail the check):');
        for (const suggestion of report.suggestions) out.log(`  ${formatProblem(suggestion)}`);
      }
      if (report.ok) out.log(`content ok: ${report.articles} article(s)`);
      else out.error(`${report.problems.length} problem(s) found`);
    }
    return report.ok ? EXIT_OK : EXIT_PROBLEMS;
  },
};
