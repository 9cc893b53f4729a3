import { describe, expect, it, vi } from 'vitest';
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

  it('writes nothing to the process itself, whatever the command and however it ends', async () => {
    const writes = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      ...(['log', 'error', 'warn', 'info'] as const).map((name) => vi.spyOn(console, name)),
    ];
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('main called process.exit');
    });
    try {
      const statuses = [];
      for (const args of [
        [],
        ['--help'],
        ['check'],
        ['check', '--json'],
        ['export', SEED, '--format', 'tmx'],
        ['export', 'no-such-article', '--format', 'tmx'],
        ['import', 'missing.txt'],
        ['merge', 'missing.xlf'],
        ['merge', '--bogus'],
      ]) {
        statuses.push((await run(...args)).status);
      }
      expect(statuses).toEqual([2, 0, 0, 0, 0, 1, 1, 1, 2]);
      for (const spy of [...writes, exit]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...writes, exit]) spy.mockRestore();
    }
  });
});
