import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { describeBytes } from '../text/limits';

export type RegularFileRead = { ok: true; bytes: Buffer } | { ok: false; message: string };

/** Said of a link wherever content refuses one: the tree is trusted only as far as its own files. */
export const LINK_REFUSED = 'is a symbolic link; content is never read or written through a link';

/**
 * Reads a file only if it is a regular file, not a symbolic link, and at most `maxBytes`: the
 * size is checked with stat before reading, and the file is opened with O_NOFOLLOW and checked
 * again on the open handle, so a link swapped in between the two is refused as well.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFileRead> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats) return { ok: false, message: 'file is missing or unreadable' };
  const refused = refuseFile(stats, maxBytes);
  if (refused) return { ok: false, message: refused };
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch {
    return { ok: false, message: 'file is missing or unreadable' };
  }
  try {
    const opened = refuseFile(await handle.stat(), maxBytes);
    if (opened) return { ok: false, message: opened };
    return { ok: true, bytes: await handle.readFile() };
  } catch {
    return { ok: false, message: 'file is missing or unreadable' };
  } finally {
    await handle.close();
  }
}

interface FileKind {
  isSymbolicLink(): boolean;
  isFile(): boolean;
  size: number;
}

function refuseFile(stats: FileKind, maxBytes: number): string | undefined {
  if (stats.isSymbolicLink()) return `file ${LINK_REFUSED}`;
  if (!stats.isFile()) return 'is not a regular file';
  if (stats.size > maxBytes) return `file is larger than ${describeBytes(maxBytes)} (${stats.size} bytes)`;
  return undefined;
}
