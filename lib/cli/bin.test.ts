import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { editFile, repo, seedContentPerTest } from './test-cli';

const space = seedContentPerTest();

// Every other CLI test calls `main` in-process. This one runs what an editor and `prebuild` run,
// `npm run content`, to prove the package script reaches `bin.ts` and the exit code reaches the shell.
describe('npm run content', () => {
  it('runs in its own process and exits 1 when the content is broken', { timeout: 60_000 }, async () => {
    editFile(space().seedFile('en.json'), '"status": "reviewed"', '"status": "done"');
    const { code, stdout, stderr } = await new Promise<{ code: unknown; stdout: string; stderr: string }>(
      (resolve) =>
        execFile(
          'npm',
          ['run', '--silent', 'content', '--', 'check', '--content', space().content],
          { cwd: repo, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
        ),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/en\.json: segment "\w+": status: .*\n\d+ problem\(s\) found\n$/);
  });
});
