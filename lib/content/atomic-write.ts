import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` to `path` so that a reader, or a crash, sees the old file or the new one, never
 * half of either: a temp file in the same folder (so the rename stays on one file system),
 * flushed to disk, renamed over the target, then the folder flushed so the rename itself
 * survives a power cut. A target that exists must be a regular file: renaming over a link, a
 * FIFO or a device would replace it with a file rather than write where it points.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (existing && !existing.isFile())
    throw new Error(`${path}: is ${existing.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; not replaced`);
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is then as durable as they allow.
  } finally {
    await handle.close();
  }
}
