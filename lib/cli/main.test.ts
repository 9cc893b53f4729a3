import { describe, expect, it } from 'vitest';
import { runCli, seedContentPerTest, SEED } from './test-cli';

const space = seedContentPerTest();
const run = (...args: string[]) => runCli(space(), ...args);

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
