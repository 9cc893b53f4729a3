import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { assertWritableContentPath, ContentPathError } from './content-path';
import { LockTimeoutError, withFileLock } from './file-lock';
import { formatContentJson } from './format-json';
import type { ContentProblem } from './problems';
import { readJsonFile } from './read';
import { translationFileSchema, translationSegmentSchema, type TranslationSegment } from './schema';
import { sameSegmentState, segmentHash, type SegmentState } from './segment-hash';
import { slugPattern } from './slug';

/**
 * The one way translations are written: per segment, never last-write-wins. Each change names
 * the `segmentHash` of the state it was made from; under a lock on `en.json` (in-process and
 * across processes) the file is read fresh from disk, and a change whose base no longer matches
 * is refused as a conflict, with both texts, instead of overwriting work it never saw. The
 * accepted changes are validated with the content schemas and written atomically, in the same
 * JSON layout as every content file, so a diff shows one line per changed segment.
 */

export interface SegmentChange {
  id: string;
  /** `segmentHash` of the segment as the change's author last saw it. */
  base: string;
  next: SegmentState;
  /** Keep the stored translator's note whatever `next.note` says (the workspace edits text and status only). */
  keepNote?: boolean;
}

export type RefusedChange =
  | { id: string; reason: 'conflict'; message: string; disk: SegmentState; proposed: SegmentState }
  | { id: string; reason: 'unknown-segment' | 'duplicate-change'; message: string }
  | { id: string; reason: 'invalid'; message: string; proposed: SegmentState };

export type SaveResult =
  | {
      ok: true;
      /** Ids written, unchanged (already as proposed) and refused, each change in exactly one. */
      applied: string[];
      unchanged: string[];
      refused: RefusedChange[];
      /** The hash of every segment after the save, to base the next changes on. */
      hashes: Record<string, string>;
    }
  /** Nothing was written: the file could not be read, validated, locked, or lies behind a link. */
  | { ok: false; problems: ContentProblem[] };

export interface SaveOptions {
  /** How long to wait for another writer (default 10 s). */
  lockTimeoutMs?: number;
  /** Names files in problems (default `content/articles/<slug>/en.json`). */
  label?: string;
}

export async function saveSegments(
  contentDir: string,
  slug: string,
  changes: readonly SegmentChange[],
  options: SaveOptions = {},
): Promise<SaveResult> {
  const label = options.label ?? `content/articles/${slug}/en.json`;
  if (!slugPattern.test(slug)) return failed(label, `"${slug}" is not an article slug`);
  const path = join(contentDir, 'articles', slug, 'en.json');
  try {
    await assertWritableContentPath(contentDir, path);
    return await withFileLock(path, () => saveLocked(path, label, changes), { timeoutMs: options.lockTimeoutMs });
  } catch (error) {
    if (error instanceof ContentPathError || error instanceof LockTimeoutError) return failed(label, error.message);
    throw error;
  }
}

async function saveLocked(path: string, label: string, changes: readonly SegmentChange[]): Promise<SaveResult> {
  const read = await readJsonFile(path, label, translationFileSchema);
  if (!read.ok) return { ok: false, problems: read.problems };
  const file = read.data;
  const byId = new Map(file.segments.map((segment) => [segment.id, segment]));
  const applied: string[] = [];
  const unchanged: string[] = [];
  const refused: RefusedChange[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const { id } = change;
    const stored = byId.get(id);
    // A change that says nothing of dismissals (a merge, an older editor) keeps the stored ones.
    const kept = stored && change.next.dismissed === undefined && stored.dismissed ? { dismissed: stored.dismissed } : {};
    const note = change.keepNote && stored?.note ? { note: stored.note } : {};
    const next = { ...change.next, ...kept, ...(change.keepNote ? note : {}) };
    const current = byId.get(id);
    if (seen.has(id)) refused.push({ id, reason: 'duplicate-change', message: 'segment is changed twice in one save' });
    else if (!current) refused.push({ id, reason: 'unknown-segment', message: 'no segment of that id in en.json' });
    seen.add(id);
    if (!current || refused.at(-1)?.id === id) continue;
    if (sameSegmentState(current, next)) {
      unchanged.push(id);
      continue;
    }
    if (segmentHash(current) !== change.base) {
      refused.push({ id, reason: 'conflict', message: describeConflict(current), disk: stateOf(current), proposed: next });
      continue;
    }
    const candidate = translationSegmentSchema.safeParse(nextSegment(current, next));
    if (!candidate.success) {
      const issue = candidate.error.issues[0];
      const message = `${issue?.path.join('.') || 'segment'}: ${issue?.message ?? 'is invalid'}`;
      refused.push({ id, reason: 'invalid', message, proposed: next });
      continue;
    }
    byId.set(id, candidate.data);
    applied.push(id);
  }
  const segments = file.segments.map((segment) => byId.get(segment.id) ?? segment);
  if (applied.length > 0) {
    // The segments were validated one by one; the whole file once more, as `check` will read it.
    const whole = translationFileSchema.safeParse({ ...file, segments });
    if (!whole.success) return failed(label, `the saved file would be invalid: ${whole.error.issues[0]?.message}`);
    await writeFileAtomic(path, formatContentJson(whole.data));
  }
  const hashes = Object.fromEntries(segments.map((segment) => [segment.id, segmentHash(segment)]));
  return { ok: true, applied, unchanged, refused, hashes };
}

/** The stored segment with `next` in place. An alignment override belongs to the text it was made for. */
function nextSegment(current: TranslationSegment, next: SegmentState): TranslationSegment {
  const keepAlignment = current.alignment && current.text === next.text;
  return {
    id: current.id,
    status: next.status,
    text: next.text,
    ...(next.note ? { note: next.note } : {}),
    ...(next.dismissed?.length ? { dismissed: [...next.dismissed] } : {}),
    ...(keepAlignment ? { alignment: current.alignment } : {}),
  };
}

function stateOf({ status, text, note }: TranslationSegment): SegmentState {
  return { status, text, ...(note ? { note } : {}) };
}

function describeConflict(current: TranslationSegment): string {
  const excerpt = current.text.length > 60 ? `${current.text.slice(0, 57)}…` : current.text;
  return `conflict: the segment changed since this change was made (it is now ${current.status}: "${excerpt}")`;
}

function failed(file: string, message: string): SaveResult {
  return { ok: false, problems: [{ file, message }] };
}
