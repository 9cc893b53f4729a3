import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MemoryPair } from '../memory';
import { readTmx } from '../memory/tmx-read';
import { MAX_INTERCHANGE_FILE_BYTES } from '../text/limits';
import type { ContentProblem } from './problems';
import { readRegularFile } from './regular-file';

/** Where imported translation memories live: TMX 1.4 files, in git with the rest of the content. */
export const MEMORY_FOLDER = 'memory';

/**
 * The pairs of every `content/memory/*.tmx`, for the workspace's translation memory beside the
 * corpus's own segments. A file that cannot be read or parsed is reported, never fatal: the
 * memory is help, and the editor keeps working without it. Read like all content: no links,
 * a size limit checked before reading, and no DOCTYPE or entity declaration (lib/memory/tmx-read).
 */
export async function readMemoryFiles(contentDir: string): Promise<{ pairs: MemoryPair[]; problems: ContentProblem[] }> {
  const folder = join(contentDir, MEMORY_FOLDER);
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.tmx')).sort();
  const pairs: MemoryPair[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const file = `content/${MEMORY_FOLDER}/${name}`;
    const read = await readRegularFile(join(folder, name), MAX_INTERCHANGE_FILE_BYTES);
    if (!read.ok) {
      problems.push({ file, message: read.message });
      continue;
    }
    const parsed = readTmx(read.bytes.toString('utf8'), name);
    if (parsed.ok) pairs.push(...parsed.pairs);
    else problems.push(...parsed.problems.map((problem) => ({ file, message: problem.message })));
  }
  return { pairs, problems };
}
