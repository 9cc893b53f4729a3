import { isAbsolute, join, relative } from 'node:path';
import { readRegularFile } from '../content/regular-file';
import type { Output } from './command';

/** A path as the user would type it: relative when under the working folder, absolute elsewhere. */
export function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near === '' ? '.' : near.startsWith('..') || isAbsolute(near) ? path : near;
}

export function articlesDirOf(contentDir: string): string {
  return join(contentDir, 'articles');
}

export type InputFile = { ok: true; bytes: Buffer } | { ok: false; message: string };

/**
 * Reads a file named on the command line, at most `maxBytes` (checked with stat before reading),
 * and only a regular file: a FIFO would block, a device would never end.
 */
export async function readInputFile(path: string, maxBytes: number): Promise<InputFile> {
  const read = await readRegularFile(path, maxBytes);
  if (read.ok) return read;
  const message =
    read.message === 'file is missing or unreadable' ? 'cannot read file (no such file)' : read.message;
  return { ok: false, message: `${path}: ${message}` };
}

/** `readInputFile` for commands that print the reason and stop. */
export async function readInputFileOrSay(
  path: string,
  maxBytes: number,
  out: Output,
): Promise<Buffer | undefined> {
  const read = await readInputFile(path, maxBytes);
  if (read.ok) return read.bytes;
  out.error(read.message);
  return undefined;
}

/** Today in the local time zone, YYYY-MM-DD: the day an editor imports is the day they see. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
