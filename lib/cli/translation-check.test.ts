import { describe, expect, it } from 'vitest';
import { editFile, runCli, seedContentPerTest } from './test-cli';

// `content check` runs the workspace's translation checks (lib/checks), so a wrong figure fails
// on the command line exactly as it is flagged in the editor.

const space = seedContentPerTest();

describe('content check with the translation checks', () => {
  it('passes the seed, whose reviewed translation has every figure right', async () => {
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(0);
  });

  it('fails a translation whose date range differs from the original, naming file and segment', async () => {
    editFile(space().seedFile('en.json'), 'from September 12 to 17', 'from September 12 to 18');
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json: segment "p\d+":.*17/);
  });

  it('prints a repeated word as a suggestion that does not fail the check', async () => {
    editFile(space().seedFile('en.json'), 'His talks with Putin', 'His talks with with Putin');
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/segment "p\d+":.*"with" is repeated/);
  });

  it('honours a warning the translator dismissed for that segment', async () => {
    editFile(space().seedFile('en.json'), 'His talks with Putin', 'His talks with with Putin');
    editFile(
      space().seedFile('en.json'),
      /("id": "p6",\n\s*"status": "reviewed",)/,
      '$1\n      "dismissed": ["repeated-word"],',
    );
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/"with" is repeated/);
  });

  it('refuses a dismissal of a check that does not exist, naming file and segment', async () => {
    editFile(
      space().seedFile('en.json'),
      /("id": "p2",\n\s*"status": "reviewed",)/,
      '$1\n      "dismissed": ["spelling"],',
    );
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json: segment "p2".*dismissed/);
  });
});
