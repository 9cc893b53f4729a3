import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { assertWritableContentPath, ContentPathError } from './content-path';
import { LockTimeoutError, withFileLock } from './file-lock';
import { formatContentJson } from './format-json';
import { readJsonFile } from './read';
import { translationFileSchema } from './schema';
import { segmentHash, type SegmentState } from './segment-hash';

export type RelatedSaveResult =
  | { ok: true; hash: string; state: SegmentState }
  | { ok: false; conflict: SegmentState }
  | { ok: false; message: string };

/** A "Baca Juga" title's English as a segment state: a title has no review of its own. */
export const relatedState = (title: string | undefined): SegmentState =>
  title ? { status: 'translated', text: title } : { status: 'pending', text: '' };

/**
 * Saves the English title of one "Baca Juga" item (en.json `related`), the way `saveSegments`
 * saves a segment: under the file's lock, read fresh, only if the title is still the one the
 * editor started from (`base`, the hash of `relatedState`), validated and written atomically.
 * An empty title removes the translation.
 */
export async function saveRelatedTitle(
  contentDir: string,
  slug: string,
  id: string,
  base: string,
  title: string,
): Promise<RelatedSaveResult> {
  const path = join(contentDir, 'articles', slug, 'en.json');
  const label = `content/articles/${slug}/en.json`;
  try {
    await assertWritableContentPath(contentDir, path);
    return await withFileLock(path, async (): Promise<RelatedSaveResult> => {
      const read = await readJsonFile(path, label, translationFileSchema);
      if (!read.ok) return { ok: false, message: read.problems.map((p) => p.message).join('; ') };
      const file = read.data;
      const current = relatedState(file.related.find((item) => item.id === id)?.title);
      const next = relatedState(title.trim() ? title : undefined);
      if (segmentHash(current) !== base && current.text !== next.text) return { ok: false, conflict: current };
      const related = [...file.related.filter((item) => item.id !== id), ...(next.text ? [{ id, title: next.text }] : [])];
      const whole = translationFileSchema.safeParse({ ...file, related });
      if (!whole.success) return { ok: false, message: whole.error.issues[0]?.message ?? 'the title is invalid' };
      if (current.text !== next.text) await writeFileAtomic(path, formatContentJson(whole.data));
      return { ok: true, hash: segmentHash(next), state: next };
    });
  } catch (error) {
    if (error instanceof ContentPathError || error instanceof LockTimeoutError) return { ok: false, message: error.message };
    throw error;
  }
}
