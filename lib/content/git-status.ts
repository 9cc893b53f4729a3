import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The articles with changes git has not committed (`git status --porcelain`), or undefined when
 * `contentDir` is not in a git repository or git is missing. Read only: the workspace never
 * commits by itself.
 */
export async function uncommittedArticles(contentDir: string): Promise<Set<string> | undefined> {
  try {
    const { stdout } = await run('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'articles'], {
      cwd: contentDir,
      timeout: 5_000,
    });
    const slugs = new Set<string>();
    for (const entry of stdout.split('\0')) {
      const path = entry.slice(3);
      const match = /(?:^|\/)articles\/([a-z0-9-]+)\//.exec(path);
      if (match?.[1]) slugs.add(match[1]);
    }
    return slugs;
  } catch {
    return undefined;
  }
}
