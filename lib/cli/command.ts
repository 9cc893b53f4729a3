import { parseArgs, type ParseArgsConfig } from 'node:util';
import { printable } from '../text/printable';

/** Exit codes: all is well, problems were found, the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** Where the command line writes: `process.stdout`/`stderr`, or a test's buffers. */
export interface Writer {
  write(text: string): unknown;
}
export interface Io {
  stdout: Writer;
  stderr: Writer;
}

/**
 * How commands print. Messages are made printable first: they quote file names, unit ids and
 * texts from files a stranger may have written, and an ESC in one would drive the terminal.
 * `data` is for a command's output proper (an export to stdout), written as it is.
 */
export interface Output {
  log(message: string): void;
  error(message: string): void;
  data(text: string): void;
}

export function outputOf({ stdout, stderr }: Io): Output {
  return {
    log: (message) => stdout.write(`${printable(message)}\n`),
    error: (message) => stderr.write(`${printable(message)}\n`),
    data: (text) => stdout.write(text),
  };
}

export interface CommandContext {
  /** Folder holding `articles/` (the `--content` option, `./content` by default). */
  contentDir: string;
  out: Output;
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
