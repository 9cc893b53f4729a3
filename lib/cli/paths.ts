import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';

/** A path as the user would type it: relative when under the working folder, absolute elsewhere. */
export function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' ? '.' : near.startsWith('..') || isAbsolute(near) ? path : near;
}

export function articlesDirOf(contentDir: string): string {
  return join(contentDir, 'articles');
}

/** Reads a file named on the command line; undefined with a message when it cannot be read. */
export async function readInputFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`${path}: cannot read file (${reason})`);
    return undefined;
  }
}

/** Today in the local time zone, YYYY-MM-DD: the day an editor imports is the day they see. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
