import { resolve } from 'node:path';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, outputOf, UsageError, type Command, type Io } from './command';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { mergeCommand } from './commands/merge';

const commands: Command[] = [importCommand, checkCommand, exportCommand, mergeCommand];

const mainHelp = `usage: npm run content -- [--content DIR] <command> [options]

commands:
${commands.map((c) => `  ${c.name.padEnd(8)}${c.summary}`).join('\n')}

  --content DIR   the content folder (default: ./content)
  --help, -h      this help; "<command> --help" for a command's own

Exit 0 when all is well, 1 when problems were found, 2 for a wrong command line.`;

/**
 * `npm run content -- <command>`: the editors' and translators' command line. Returns the exit
 * code instead of exiting, and writes only to `io`, so tests can run it in-process; `bin.ts` is
 * the entry that wires it to the process.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const out = outputOf(io);
  const { contentDir, rest } = takeContentOption(argv);
  const [name, ...args] = rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? out.error : out.log)(mainHelp);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    out.error(`unknown command "${name}"\n\n${mainHelp}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out.log(command.help);
    return EXIT_OK;
  }
  try {
    if (contentDir === '') throw new UsageError('--content needs a folder');
    return await command.run(args, { contentDir: resolve(contentDir), out });
  } catch (error) {
    if (error instanceof UsageError) {
      out.error(`content ${command.name}: ${error.message}\n\n${command.help}`);
      return EXIT_USAGE;
    }
    // An unexpected failure is not the user's typing: a problem, not a usage error. One line,
    // no stack trace: the message is what a user can act on.
    out.error(`content ${command.name}: unexpected error: ${(error as Error).message ?? String(error)}`);
    return EXIT_PROBLEMS;
  }
}

/** `--content DIR` is global: it may stand before or after the command. */
function takeContentOption(argv: string[]): { contentDir: string; rest: string[] } {
  let contentDir = 'content';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--content') contentDir = argv[(i += 1)] ?? '';
    else if (arg.startsWith('--content=')) contentDir = arg.slice('--content='.length);
    else rest.push(arg);
  }
  return { contentDir, rest };
}
