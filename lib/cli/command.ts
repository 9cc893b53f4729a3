import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes: all is well, problems were found, the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export interface CommandContext {
  /** Folder holding `articles/` (the `--content` option, `./content` by default). */
  contentDir: string;
}

export interface Command {
  name: string;
  summary: string;
  /** Full `--help` text: synopsis, options, exit codes where they differ. */
  help: string;
  run(args: string[], context: CommandContext): Promise<number>;
}

/** Thrown for a malformed command line; the dispatcher prints it with the command's help and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `util.parseArgs` in strict mode, with its errors turned into usage errors. */
export function parseCommandLine<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function expectPositionals(positionals: string[], names: string[]): string[] {
  if (positionals.length !== names.length) {
    const wanted = names.map((name) => `<${name}>`).join(' ');
    throw new UsageError(
      `expected ${wanted}, got ${positionals.length === 0 ? 'nothing' : positionals.map((p) => `"${p}"`).join(' ')}`,
    );
  }
  return positionals;
}
