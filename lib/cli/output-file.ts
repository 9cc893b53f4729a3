import { lstat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Why `--out PATH` may not be written, or undefined when it may: only a new path in an existing
 * folder, or an existing regular file, which is replaced atomically. A symbolic link, a FIFO, a
 * socket or a device is refused: replacing it with a file would break what it is, and writing
 * through it would land where the user did not name.
 */
export async function outputPathProblem(path: string): Promise<string | undefined> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => error);
  if (!(stats instanceof Error)) {
    if (stats.isSymbolicLink())
      return `${path}: is a symbolic link; give the path it points to, or a new one`;
    if (stats.isDirectory()) return `${path}: is a folder; give a file name in it`;
    if (!stats.isFile()) return `${path}: is not a regular file (a FIFO, socket or device); not replaced`;
    return undefined;
  }
  if (stats.code !== 'ENOENT') return `${path}: cannot be written (${stats.code ?? stats.message})`;
  const folder = dirname(path);
  const parent = await lstat(folder).catch(() => undefined);
  if (!parent) return `${folder}: folder does not exist`;
  if (!parent.isDirectory()) return `${folder}: is not a folder`;
  return undefined;
}
