import { execFileSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { seedContentPerTest, hasStackTrace, repo, SEED, snapshot, runCli, withTarget } from './test-cli';

const space = seedContentPerTest();
const outside = () => join(space().work, 'outside');
beforeEach(() => mkdirSync(outside()));

/** Moves the seed article out of content/ and leaves a symbolic link to it in its place. */
function linkSeedFolder(): string {
  const target = join(outside(), SEED);
  renameSync(join(space().content, 'articles', SEED), target);
  symlinkSync(target, join(space().content, 'articles', SEED));
  return target;
}

describe('content/ is never followed through a symbolic link', () => {
  it('refuses to merge into an article folder that is a symbolic link, writing nothing outside content/', async () => {
    const xliff = (await runCli(space(), 'export', SEED, '--format', 'xliff')).stdout;
    const target = linkSeedFolder();
    const before = snapshot(outside());
    writeFileSync(join(space().work, 'm.xlf'), withTarget(xliff, 'p3', 'Written through a link'));
    const result = await runCli(space(), 'merge', join(space().work, 'm.xlf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('symbolic link');
    expect(snapshot(outside())).toEqual(before);
    expect(lstatSync(join(target, 'en.json')).isFile()).toBe(true);
  });

  it('refuses import --force over an article folder that is a symbolic link', async () => {
    linkSeedFolder();
    const before = snapshot(outside());
    const raw = join(repo, 'lib/import/fixtures/seed-raw.txt');
    const result = await runCli(space(), 'import', raw, '--force', '--date', '2023-10-12');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('symbolic link');
    expect(snapshot(outside())).toEqual(before);
  });

  it('fails check for a linked id.json without printing what it points to', async () => {
    const secret = join(outside(), 'secret.txt');
    writeFileSync(secret, 'TOP-SECRET-TOKEN=hunter2 and more private words');
    const id = space().seedFile('id.json');
    cpSync(id, join(outside(), 'id.json'));
    renameSync(id, `${id}.bak`);
    symlinkSync(secret, id);
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${SEED}/id.json: file is a symbolic link`);
    expect(result.stdout + result.stderr).not.toContain('SECRET');
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it('fails check for an article folder that is a symbolic link', async () => {
    linkSeedFolder();
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`articles/${SEED}: folder is a symbolic link`);
  });

  it('fails check for a glossary that is a symbolic link', async () => {
    const entries = join(space().content, 'glossary', 'entries.json');
    renameSync(entries, join(outside(), 'entries.json'));
    symlinkSync(join(outside(), 'entries.json'), entries);
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('entries.json: file is a symbolic link');
  });
});

describe('export --out writes only a regular file or a new path', () => {
  const exportTo = (out: string) => runCli(space(), 'export', SEED, '--format', 'tmx', '--out', out);

  it('refuses a symbolic link, leaving its target as it was', async () => {
    const target = join(outside(), 'precious.txt');
    writeFileSync(target, 'precious');
    symlinkSync(target, join(space().work, 'link.tmx'));
    const result = await exportTo(join(space().work, 'link.tmx'));
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('is a symbolic link');
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(join(space().work, 'link.tmx')).isSymbolicLink()).toBe(true);
  });

  it('refuses a FIFO, leaving it a FIFO', async () => {
    const fifo = join(space().work, 'pipe.tmx');
    execFileSync('mkfifo', [fifo]);
    const result = await exportTo(fifo);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not a regular file');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a directory in one line naming it, without a stack trace', async () => {
    const result = await exportTo(outside());
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${outside()}: is a folder`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('refuses a path whose folder does not exist in one line naming the folder', async () => {
    const result = await exportTo(join(space().work, 'nowhere', 'seed.tmx'));
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${join(space().work, 'nowhere')}: folder does not exist`);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('writes a new path and replaces a regular file', async () => {
    const out = join(space().work, 'seed.tmx');
    expect((await exportTo(out)).status).toBe(0);
    writeFileSync(out, 'old');
    expect((await exportTo(out)).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<tmx version="1.4">');
  });
});
