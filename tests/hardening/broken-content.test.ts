import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// The content check is the gate between an editor's files and readers: `npm run build` runs it
// first (`prebuild`). Each test breaks one file in a copy of the real content and runs the real
// command line, `npm run content -- check --content DIR`, in a child process.

const repo = join(__dirname, '../..');
const SEED = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const run = promisify(execFile);
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real content with one change applied. */
function contentWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'sejajar-hardening-'));
  temps.push(dir);
  cpSync(join(repo, 'content'), dir, { recursive: true });
  change(dir);
  return dir;
}

async function check(contentDir: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      'npm',
      ['run', '--silent', 'content', '--', 'check', '--content', contentDir],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const article = (dir: string, file: string) => join(dir, 'articles', SEED, file);
const edit = (path: string, change: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
};
type Segments = { segments: { id: string; text: string }[] };

// A few seconds a run (tsx compiles the CLI); they run side by side.
describe.concurrent(
  'npm run content -- check against a broken copy of the content',
  { timeout: 60_000 },
  () => {
    it('passes the unbroken copy (exit 0)', async () => {
      const { code, output } = await check(contentWith(() => {}));
      expect(output).toContain('content ok');
      expect(code).toBe(0);
    });

    it.each([
      [
        'a truncated original',
        (dir: string) =>
          writeFileSync(article(dir, 'id.json'), readFileSync(article(dir, 'id.json'), 'utf8').slice(0, 500)),
        `articles/${SEED}/id.json: invalid JSON at line`,
      ],
      [
        'a translation missing a segment',
        (dir: string) =>
          edit(
            article(dir, 'en.json'),
            (json) =>
              ((json as Segments).segments = (json as Segments).segments.filter((s) => s.id !== 'p3')),
          ),
        `articles/${SEED}/en.json: segment "p3": translation segment is missing`,
      ],
      [
        'an original with a duplicate segment id',
        (dir: string) =>
          edit(article(dir, 'id.json'), (json) => {
            const segments = (json as Segments).segments;
            segments.push({ ...segments[2]! });
          }),
        `articles/${SEED}/id.json: segment "p2": duplicate segment id`,
      ],
      [
        'a Latin-1 translation',
        (dir: string) =>
          writeFileSync(
            article(dir, 'en.json'),
            Buffer.from(readFileSync(article(dir, 'en.json'), 'utf8').replace('"', '"\u00e9'), 'latin1'),
          ),
        `articles/${SEED}/en.json: file is not valid UTF-8`,
      ],
      [
        'a related link to javascript:',
        (dir: string) =>
          edit(article(dir, 'article.json'), (json) => {
            const [first] = json.related as { href: string }[];
            first!.href = 'javascript:alert(1)';
          }),
        `articles/${SEED}/article.json: segment "r1": href: must be an http(s) URL`,
      ],
      [
        'a glossary name two entries claim',
        (dir: string) =>
          edit(join(dir, 'glossary', 'entries.json'), (json) => {
            const entries = json.entries as { id: string; names: { en: unknown[] } }[];
            entries.find((e) => e.id === 'russia')!.names.en.push('Moscow');
          }),
        'glossary/entries.json: entry "moscow": en name "Moscow" is already a name of entry "russia"',
      ],
      [
        'an article folder that is not a slug',
        (dir: string) =>
          cpSync(join(dir, 'articles', SEED), join(dir, 'articles', 'Not A Slug'), { recursive: true }),
        'articles/Not A Slug: folder name is not a valid slug',
      ],
    ])('fails (exit 1) on %s, naming the file and segment or entry', async (_label, breakIt, message) => {
      const { code, output } = await check(contentWith(breakIt));
      expect(output).toContain(message);
      expect(code).toBe(1);
    });
  },
);
