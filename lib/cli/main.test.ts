import { describe, expect, it } from 'vitest';
import { main } from './content';
import { seedContentPerTest, SEED } from './test-cli';

const space = seedContentPerTest();

/** Runs the command line in this process, collecting what it writes. */
async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(['--content', space().content, ...args], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

describe('main(argv, io)', () => {
  it('runs a command in-process, writing only to the given io', async () => {
    expect(await run('check')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^content ok: 1 article/),
    });
  });

  it('exports to the given stdout and returns the exit code instead of exiting', async () => {
    const result = await run('export', SEED, '--format', 'xliff');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<mda:meta type="base">');
    expect((await run('frobnicate')).status).toBe(2);
  });
});
