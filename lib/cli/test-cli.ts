import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { main } from './content';

/** Helpers for the CLI's tests: a throw-away copy of the real content and the command line run against it. */

export const repo = join(__dirname, '../..');
export const SEED = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface Workspace {
  /** A temp folder holding `content/` (a copy of the seed) and room for files around it. */
  work: string;
  content: string;
  seedFile(name: string): string;
  cleanup(): void;
}

export function copySeedContent(): Workspace {
  const work = mkdtempSync(join(tmpdir(), 'sejajar-safety-'));
  const content = join(work, 'content');
  cpSync(join(repo, 'content'), content, { recursive: true });
  return {
    work,
    content,
    seedFile: (name) => join(content, 'articles', SEED, name),
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}

/** Runs `npm run content -- --content DIR …` in this process, collecting what it writes. */
export async function runCli(space: Workspace, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(['--content', space.content, ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/**
 * Runs the real entry, `tsx lib/cli/bin.ts --content DIR …`, in a child process. A second or so
 * each (tsx compiles the CLI): only for what needs a process of its own, such as locks that
 * must hold across processes.
 */
export function spawnCli(space: Workspace, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      join(repo, 'node_modules/.bin/tsx'),
      [join(repo, 'lib/cli/bin.ts'), '--content', space.content, ...args],
      { cwd: space.work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ status: code, stdout, stderr });
      },
    );
  });
}

/** Every file under a folder with its bytes, to prove a command changed nothing. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path.slice(dir.length)] = entry.isFile() ? readFileSync(path, 'base64') : 'not a file';
    }
  };
  walk(dir);
  return files;
}

export function editFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path} does not contain ${String(from)}`);
  writeFileSync(path, next);
}

/** The English text of one segment as stored. */
export function storedText(space: Workspace, id: string): string | undefined {
  const en = JSON.parse(readFileSync(space.seedFile('en.json'), 'utf8')) as {
    segments: { id: string; text: string }[];
  };
  return en.segments.find((s) => s.id === id)?.text;
}

/** Replaces the target of one unit in an exported XLIFF. */
export function withTarget(xliff: string, unit: string, target: string): string {
  const pattern = new RegExp(`(<unit id="${unit}">[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`);
  if (!pattern.test(xliff)) throw new Error(`no target for unit ${unit}`);
  return xliff.replace(pattern, `$1${target}$2`);
}

/** True when the output holds a JavaScript stack trace rather than a message. */
export function hasStackTrace(output: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)/.test(output) || /Error: .*\n\s+at /.test(output);
}

/** A fresh copy of the seed content for each test of the calling file, removed after it. */
export function seedContentPerTest(): () => Workspace {
  let space: Workspace | undefined;
  beforeEach(() => {
    space = copySeedContent();
  });
  afterEach(() => space?.cleanup());
  return () => {
    if (!space) throw new Error('seedContentPerTest: no test is running');
    return space;
  };
}
