import { lstat, realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { LINK_REFUSED } from './regular-file';

/** A write refused because its path leaves the content tree or passes through a link. */
export class ContentPathError extends Error {
  override name = 'ContentPathError';
}

/**
 * Refuses a write to `path` unless every folder from `contentDir` down to it is a real folder
 * (no symbolic link), the file itself is a regular file or absent, and its real folder is inside
 * the real content folder. `contentDir` itself may be reached through a link: it is the root the
 * user chose with `--content`.
 */
export async function assertWritableContentPath(
  contentDir: string,
  path: string,
  kind: 'file' | 'folder' = 'file',
): Promise<void> {
  const steps = relative(contentDir, path).split(sep);
  if (steps.length === 0 || steps.includes('..')) throw new ContentPathError(`${path}: is outside ${contentDir}`);
  let at = contentDir;
  for (const [index, step] of steps.entries()) {
    at = `${at}${sep}${step}`;
    const stats = await lstat(at).catch(() => undefined);
    const isLast = index === steps.length - 1;
    if (!stats) break;
    const want = isLast ? kind : 'folder';
    if (stats.isSymbolicLink()) throw new ContentPathError(`${at}: ${want} ${LINK_REFUSED}`);
    if (want === 'file' ? !stats.isFile() : !stats.isDirectory())
      throw new ContentPathError(`${at}: is not a regular ${want}`);
  }
  const [root, folder] = await Promise.all([realpath(contentDir), realpath(dirname(path)).catch(() => undefined)]);
  if (folder !== undefined && folder !== root && !folder.startsWith(`${root}${sep}`))
    throw new ContentPathError(`${path}: resolves outside ${contentDir}`);
}
