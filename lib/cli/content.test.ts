import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  editFile,
  repo,
  runCli,
  SEED as seedSlug,
  seedContentPerTest,
  snapshot as snapshotOf,
} from './test-cli';

const fixtures = join(repo, 'lib/import/fixtures');
const ownSlug = 'harga-cabai-rawit-di-pasar-induk-kramat-jati-naik-dua-kali';

const space = seedContentPerTest();
const content = () => space().content;
const work = () => space().work;
const run = (...args: string[]) => runCli(space(), ...args);

/** Every file under the content folder with its bytes, to prove a command changed nothing. */
const snapshot = () => snapshotOf(content());

describe('content check', () => {
  it('exits 0 for valid content and reports it as JSON with --json', async () => {
    expect(await run('check')).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^content ok: \d+ article\(s\)/),
    });
    const report = await run('check', '--json');
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ ok: true, problems: [], suggestions: [] });
  });

  it('exits 1 naming the file and segment of each problem', async () => {
    const en = join(content(), 'articles', seedSlug, 'en.json');
    writeFileSync(
      en,
      readFileSync(en, 'utf8').replace(
        '"id": "p3",\n      "status": "reviewed"',
        '"id": "p3",\n      "status": "done"',
      ),
    );
    const result = await run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`content/articles/${seedSlug}/en.json: segment "p3"`);
    const report = await run('check', '--json');
    expect(report.status).toBe(1);
    expect(JSON.parse(report.stdout)).toMatchObject({
      ok: false,
      problems: [{ file: `content/articles/${seedSlug}/en.json`, segment: 'p3' }],
    });
  });
});

describe('content check: glossary and terminology', () => {
  const glossary = () => join(content(), 'glossary', 'entries.json');

  it('exits 1 when a translation drops a glossary name, naming the article, segment and entry', async () => {
    editFile(
      join(content(), 'articles', seedSlug, 'en.json'),
      'at the Vostochny spaceport',
      'at the spaceport',
    );
    const result = await run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/articles/${seedSlug}/en.json: segment "p6": term "vostochny-cosmodrome" (pelabuhan antariksa Vostochny) ` +
        'appears in the original but none of its English names (Vostochny Cosmodrome, Vostochny spaceport, Vostochny) ' +
        'is in the translation',
    );
    expect(JSON.parse((await run('check', '--json')).stdout)).toMatchObject({
      ok: false,
      problems: [
        { file: `content/articles/${seedSlug}/en.json`, segment: 'p6', entry: 'vostochny-cosmodrome' },
      ],
    });
  });

  it('exits 1 naming the glossary file and entry when the glossary is invalid', async () => {
    editFile(glossary(), '"id": "kremlin"', '"id": "telegram"');
    const result = await run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/glossary/entries.json: entry "telegram": duplicate entry id');
  });

  it('exits 1 when an onlyIn slug names no article', async () => {
    rmSync(join(content(), 'articles', seedSlug), { recursive: true });
    const result = await run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `content/glossary/entries.json: entry "kim-jong-un": id name "Kim" is limited (onlyIn) to article "${seedSlug}"`,
    );
  });

  it('lists names the glossary lacks as suggestions, in text and --json, without failing', async () => {
    expect((await run('import', join(fixtures, 'own-article.txt'))).status).toBe(0);
    const text = await run('check');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      'suggestions (names the glossary lacks; they do not fail the check):\n' +
        `  content/articles/${ownSlug}/id.json: segment "p1": "Pasar Induk Kramat Jati" is not in the glossary\n`,
    );
    const report = await run('check', '--json');
    expect(report.status).toBe(0);
    const { ok, suggestions } = JSON.parse(report.stdout) as {
      ok: boolean;
      suggestions: { message: string }[];
    };
    expect(ok).toBe(true);
    expect(suggestions.map((s) => s.message)).toContain('"Badan Pusat Statistik" is not in the glossary');
    expect(suggestions).toHaveLength(9);
  });
});

describe('content import', () => {
  beforeEach(() => rmSync(join(content(), 'articles'), { recursive: true }));

  it('imports the seed raw text to the stored original byte for byte, and refuses to import it twice', async () => {
    const result = await run('import', join(fixtures, 'seed-raw.txt'), '--date', '2023-10-12');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    const written = (name: string) => readFileSync(join(content(), 'articles', seedSlug, name), 'utf8');
    expect(written('id.json')).toBe(
      readFileSync(join(repo, 'content/articles', seedSlug, 'id.json'), 'utf8'),
    );
    expect((await run('check')).status).toBe(0);

    const before = snapshot();
    const again = await run('import', join(fixtures, 'seed-raw.txt'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('article already exists; use --force to overwrite it');
    expect(snapshot()).toEqual(before);
    expect(
      (await run('import', join(fixtures, 'seed-raw.txt'), '--force', '--date', '2023-10-12')).status,
    ).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  // What each bad file is refused for is tested where it is decided, on these same fixtures
  // (decode-text.test.ts, import-article.test.ts). Here: how import reports a refusal, with a
  // line and without, from the decoder and from the parser, and that it writes nothing.
  it.each([
    ['empty.txt', 'empty.txt: file is empty'],
    ['binary.txt', 'binary.txt:3: file looks binary (NUL byte at offset 8); expected UTF-8 text'],
    ['no-dateline.txt', 'no-dateline.txt:3: first paragraph does not start with a dateline'],
  ])('refuses %s with exit 1, a message naming the file, and nothing written', async (name, message) => {
    const result = await run('import', join(fixtures, name));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(join(content(), 'articles'))).toBe(false);
  });

  it('refuses a file that does not exist with exit 1', async () => {
    expect(await run('import', join(work(), 'missing.txt'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('missing.txt: cannot read file (no such file)'),
    });
  });
});

describe('content export and merge', () => {
  it('round-trips an article through XLIFF leaving every content file byte-identical', async () => {
    const before = snapshot();
    const xlf = join(work(), 'seed.xlf');
    expect((await run('export', seedSlug, '--format', 'xliff', '--out', xlf)).status).toBe(0);
    expect(await run('merge', xlf)).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('0 segment(s) updated'),
    });
    expect(snapshot()).toEqual(before);
  });

  it('refuses a tampered XLIFF with exit 1, lists every mismatch and changes nothing', async () => {
    const xliff = (await run('export', seedSlug, '--format', 'xliff')).stdout;
    const tampered = xliff
      .replace('Pada peringatan 75 tahun', 'Pada peringatan 76 tahun')
      .replace('<unit id="p9">', '<unit id="p10">')
      .replace(/<unit id="p5">[\s\S]*?<\/unit>/, '');
    writeFileSync(join(work(), 'tampered.xlf'), tampered);
    const before = snapshot();
    const result = await run('merge', join(work(), 'tampered.xlf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'tampered.xlf: segment "p1": <source> no longer matches the original in id.json',
    );
    expect(result.stderr).toContain('tampered.xlf: segment "p10": unit has no segment of that id in id.json');
    expect(result.stderr).toContain('tampered.xlf: segment "p5": segment has no unit in the XLIFF file');
    expect(result.stderr).toContain('tampered.xlf: segment "p9": segment has no unit in the XLIFF file');
    expect(result.stderr).toContain('merge refused; nothing was changed');
    expect(snapshot()).toEqual(before);
  });

  it('refuses an XLIFF whose file id names no article', async () => {
    const xliff = (await run('export', seedSlug, '--format', 'xliff')).stdout.replace(
      `<file id="${seedSlug}">`,
      '<file id="../../secret">',
    );
    writeFileSync(join(work(), 'other.xlf'), xliff);
    const result = await run('merge', join(work(), 'other.xlf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('other.xlf: <file id="../../secret">: no article "../../secret"');
  });

  it('imports, exports and merges a translation, and check reads its numbers the English way', async () => {
    // The seed stays: the glossary limits some names to it with onlyIn, which must name an article.
    expect((await run('import', join(fixtures, 'own-article.txt'))).status).toBe(0);
    const xliff = (await run('export', ownSlug, '--format', 'xliff')).stdout;
    const translated = xliff.replace(
      /<segment state="initial">(\s*)<source>([^<]*)<\/source>/g,
      '<segment state="translated">$1<source>$2</source>$1<target>EN: $2</target>',
    );
    writeFileSync(join(work(), 'own.xlf'), translated);
    expect(await run('merge', join(work(), 'own.xlf'))).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('7 segment(s) updated'),
    });
    // The "translation" copies the Indonesian: Rp 95.000 read as English is 95, not 95,000.
    const check = await run('check');
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/en\.json: segment "p2":.*95/);
    const tmx = await run('export', ownSlug, '--format', 'tmx');
    expect(tmx.status).toBe(0);
    expect(tmx.stdout.match(/<tu tuid=/g)).toHaveLength(7);
  });

  it('exits 1 when exporting an article that does not exist', async () => {
    expect(await run('export', 'no-such-article', '--format', 'tmx')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('no article "no-such-article"'),
    });
  });
});

describe('content usage', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['check', '--bogus']],
    [['export', seedSlug]],
    [['export', seedSlug, '--format', 'pdf']],
    [['import']],
    [['import', 'x.txt', '--date', '12/10/2023']],
    [['merge', 'a.xlf', 'b.xlf']],
  ])('exits 2 for the wrong command line %j', async (args) => {
    const result = await run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: /);
  });

  it.each(['import', 'check', 'export', 'merge'])('prints help for %s and exits 0', async (command) => {
    expect(await run(command, '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining(`usage: content ${command}`),
    });
  });
});
