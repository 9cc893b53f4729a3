import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedContentPerTest, editFile, repo, SEED, snapshot, runCli, withTarget } from './test-cli';

const space = seedContentPerTest();

const glossary = () => join(space().content, 'glossary', 'entries.json');

describe('check sees what readers see', () => {
  it('fails for a zero-width space hiding "Vladimir Putin" from the terminology check', async () => {
    editFile(space().seedFile('en.json'), 'President Vladimir Putin', 'President Vladimir Pu\\u200btin');
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json: segment "p1": text: .*invisible character U\+200B/);
  });

  it('fails for a soft hyphen hiding "Korea Utara" in an original', async () => {
    editFile(
      space().seedFile('id.json'),
      'antara Rusia dan Korea Utara',
      'antara Rusia dan Korea\\u00adUtara',
    );
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/id\.json: segment "p1": text: .*invisible character U\+00AD/);
  });

  it('fails for a glossary note that is only a zero-width space', async () => {
    const text = readFileSync(glossary(), 'utf8');
    const json = JSON.parse(text) as { entries: { notes: { en: string } }[] };
    json.entries[0]!.notes.en = '\u200b';
    writeFileSync(glossary(), JSON.stringify(json, null, 2));
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('entries.json: entry "vladimir-putin": notes.en:');
  });

  it('fails for a glossary name holding a right-to-left override', async () => {
    editFile(glossary(), '"Vladimir Vladimirovich Putin"', '"Vladimir\\u202eVladimirovich Putin"');
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/entries\.json: entry "vladimir-putin": .*invisible character U\+202E/);
    expect(result.stderr).not.toContain('\u202e');
  });

  it('fails for a content file over the size limit, before reading it', async () => {
    const en = space().seedFile('en.json');
    writeFileSync(en, readFileSync(en, 'utf8') + ' '.repeat(3 * 1024 * 1024));
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json: file is larger than 2 MB/);
  });
});

describe('size limits', () => {
  it('refuses a merged target over the segment limit, changing nothing', async () => {
    const xliff = (await runCli(space(), 'export', SEED, '--format', 'xliff')).stdout;
    writeFileSync(join(space().work, 'big.xlf'), withTarget(xliff, 'p3', 'word '.repeat(1200)));
    const before = snapshot(space().content);
    const result = await runCli(space(), 'merge', join(space().work, 'big.xlf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/segment "p3": .*longer than 5000 characters/);
    expect(snapshot(space().content)).toEqual(before);
  });

  it('refuses an XLIFF file over the file limit before reading it', async () => {
    const xliff = (await runCli(space(), 'export', SEED, '--format', 'xliff')).stdout;
    writeFileSync(join(space().work, 'huge.xlf'), `${xliff}<!-- ${'x'.repeat(9 * 1024 * 1024)} -->\n`);
    const result = await runCli(space(), 'merge', join(space().work, 'huge.xlf'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^merge refused: .*larger than 8 MB/);
  });

  it('refuses to import an article of more segments than the limit', async () => {
    const raw = readFileSync(join(repo, 'lib/import/fixtures/seed-raw.txt'), 'utf8');
    writeFileSync(join(space().work, 'long.txt'), raw + '\n\nSatu paragraf lagi.\n'.repeat(600));
    const result = await runCli(space(), 'import', join(space().work, 'long.txt'), '--slug', 'panjang');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('more than 500 segments');
  });

  it('refuses to import a file over the file limit before reading it', async () => {
    writeFileSync(
      join(space().work, 'huge.txt'),
      'Judul\n\n' + 'KONTAN.CO.ID - JAKARTA. Kata.\n\n'.repeat(80_000),
    );
    const result = await runCli(space(), 'import', join(space().work, 'huge.txt'), '--slug', 'besar');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/huge\.txt: file is larger than 2 MB/);
  });

  it('strips invisible characters from an imported article with a warning', async () => {
    const raw = readFileSync(join(repo, 'lib/import/fixtures/seed-raw.txt'), 'utf8');
    writeFileSync(
      join(space().work, 'shy.txt'),
      raw.replace('Korea Utara', 'Korea\u00adUtara').replace('Putin', 'Pu\u200btin'),
    );
    const result = await runCli(
      space(),
      'import',
      join(space().work, 'shy.txt'),
      '--slug',
      'lunak',
      '--date',
      '2023-10-12',
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('removed 2 invisible character(s)');
    const id = readFileSync(join(space().content, 'articles', 'lunak', 'id.json'), 'utf8');
    expect(id).not.toMatch(/\u00ad|\u200b/);
    expect(id).toContain('KoreaUtara');
  });
});
