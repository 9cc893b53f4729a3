import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkEntries, GLOSSARY_FILE, isNameEntryFile, reshapeEntry } from '../glossary/load';
import { glossaryEntrySchema, glossaryFileSchema } from '../glossary/schema';
import { writeFileAtomic } from './atomic-write';
import { assertWritableContentPath, ContentPathError } from './content-path';
import { LockTimeoutError, withFileLock } from './file-lock';
import { formatContentJson } from './format-json';
import type { ContentProblem } from './problems';
import { readJsonFile } from './read';

export type AddEntryResult = { ok: true; id: string } | { ok: false; problems: ContentProblem[] };

/**
 * Adds one entry to `content/glossary/entries.json` (the workspace's "add to glossary"). Under
 * the file's lock it is read fresh, the new entry is validated with the same schema and
 * cross-entry rules `content check` applies (a unique id, no name claimed twice), and the file is
 * written atomically with the other entries exactly as they were, so the diff is the new entry.
 */
export async function addGlossaryEntry(contentDir: string, entry: unknown): Promise<AddEntryResult> {
  const path = join(contentDir, 'glossary', 'entries.json');
  const fail = (message: string): AddEntryResult => ({ ok: false, problems: [{ file: GLOSSARY_FILE, message }] });
  const parsed = glossaryEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'is invalid'}`);
  }
  try {
    await assertWritableContentPath(contentDir, path);
    return await withFileLock(path, async () => {
      const current = await readJsonFile(path, GLOSSARY_FILE, glossaryFileSchema);
      if (!current.ok) return { ok: false as const, problems: current.problems };
      if (current.data.entries.some((existing) => existing.id === parsed.data.id))
        return fail(`an entry "${parsed.data.id}" already exists`);
      // Names only: the workspace adds names, and vocabulary cannot claim a name's variants.
      const names = current.data.entries.filter(isNameEntryFile);
      const problems = checkEntries([...names, parsed.data].map(reshapeEntry));
      if (problems.length > 0) return { ok: false as const, problems };
      await writeFileAtomic(path, appendEntry(await readFile(path, 'utf8'), entry));
      return { ok: true as const, id: parsed.data.id };
    });
  } catch (error) {
    if (error instanceof ContentPathError || error instanceof LockTimeoutError) return fail(error.message);
    throw error;
  }
}

/**
 * The file's text with `entry` added at the end of its entries, the rest byte for byte as it was
 * (the file is laid out by Prettier, which keeps short objects on one line): the diff is the new
 * entry alone. A file of another shape is rewritten whole in the content layout.
 */
function appendEntry(text: string, entry: unknown): string {
  const formatted = formatContentJson(entry).trimEnd().replace(/\n/g, '\n    ');
  const end = /\n  \]\n\}\n?$/;
  if (end.test(text)) return text.replace(end, `,\n    ${formatted}\n  ]\n}\n`);
  const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { entries: unknown[] };
  return formatContentJson({ ...raw, entries: [...raw.entries, entry] });
}
