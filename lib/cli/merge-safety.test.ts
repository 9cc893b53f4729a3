import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasStackTrace,
  SEED,
  seedContentPerTest,
  snapshot,
  runCli,
  spawnCli,
  storedText,
  withTarget,
} from './test-cli';

const space = seedContentPerTest();

async function exportXliff(): Promise<string> {
  const result = await runCli(space(), 'export', SEED, '--format', 'xliff');
  expect(result.status).toBe(0);
  return result.stdout;
}

function save(name: string, xml: string): string {
  const path = join(space().work, name);
  writeFileSync(path, xml);
  return path;
}

describe('merge never loses newer work', () => {
  it('refuses a unit of an older export whose segment changed since, keeping the newer translation', async () => {
    const older = await exportXliff();
    const newer = await exportXliff();
    expect(
      (await runCli(space(), 'merge', save('newer.xlf', withTarget(newer, 'p3', 'NEWER p3')))).status,
    ).toBe(0);
    const result = await runCli(space(), 'merge', save('older.xlf', withTarget(older, 'p3', 'OLDER p3')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('segment "p3": conflict');
    expect(storedText(space(), 'p3')).toBe('NEWER p3');
  });

  it('leaves a newer translation alone when an untouched older export is merged after it', async () => {
    const older = await exportXliff();
    expect(
      (await runCli(space(), 'merge', save('newer.xlf', withTarget(older, 'p3', 'NEWER p3')))).status,
    ).toBe(0);
    expect((await runCli(space(), 'merge', save('older.xlf', older))).status).toBe(0);
    expect(storedText(space(), 'p3')).toBe('NEWER p3');
  });

  // Real processes, not in-process runs: the lock must hold across processes, as when two
  // editors merge at once.
  it(
    'keeps every change when eight processes merge different units of one article at once',
    { timeout: 60_000 },
    async () => {
      const base = await exportXliff();
      const units = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
      const files = units.map((unit) => save(`${unit}.xlf`, withTarget(base, unit, `Changed ${unit}`)));
      const results = await Promise.all(files.map((file) => spawnCli(space(), 'merge', file)));
      expect(results.map((r) => r.status)).toEqual(units.map(() => 0));
      expect(units.map((unit) => storedText(space(), unit))).toEqual(units.map((unit) => `Changed ${unit}`));
    },
  );

  it('refuses a unit of an export made before base hashes when its target differs from the file', async () => {
    const old = (await exportXliff()).replace(/\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '');
    const before = storedText(space(), 'p2');
    const result = await runCli(space(), 'merge', save('old.xlf', withTarget(old, 'p2', 'Old tool p2')));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('segment "p2": ');
    expect(storedText(space(), 'p2')).toBe(before);
  });
});

describe('merge refuses XML that could smuggle content, in one line', () => {
  const doctype = (xml: string, subset: string) =>
    xml.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [${subset}]>`,
    );

  it.each([
    ['an entity redefining &lt;', '<!ENTITY lt "&#38;#60;b>">', '&lt;'],
    ['an entity carrying markup', '<!ENTITY b "<b>bold</b>">', '&b;'],
    ['an entity name as a translation', '<!ENTITY reviewed "looks reviewed">', '&reviewed;'],
    ['an external entity', '<!ENTITY x SYSTEM "file:///etc/passwd">', '&x;'],
    ['a parameter entity', '<!ENTITY % p "<!ENTITY q \'x\'>"> %p;', '&q;'],
  ])('refuses a DOCTYPE with %s', async (_name, subset, use) => {
    const xml = doctype(withTarget(await exportXliff(), 'p3', `Text ${use}`), subset);
    const before = snapshot(space().content);
    const result = await runCli(space(), 'merge', save('doctype.xlf', xml));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^merge refused: .*DOCTYPE/);
    expect(hasStackTrace(result.stderr)).toBe(false);
    expect(snapshot(space().content)).toEqual(before);
  });

  it.each([
    ['a hex reference to a control character', 'Bell &#x1;'],
    ['a decimal reference to a control character', 'Escape &#27;[31m'],
    ['a raw ESC', 'Escape \u001b[31m red'],
    ['a raw BEL', 'Bell \u0007'],
    ['a reference to a C1 control character', 'C1 &#x85;'],
  ])('refuses %s in a target', async (_name, target) => {
    const xml = withTarget(await exportXliff(), 'p3', target);
    const before = snapshot(space().content);
    const result = await runCli(space(), 'merge', save('control.xlf', xml));
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^merge refused: .*control character/);
    expect(snapshot(space().content)).toEqual(before);
  });

  it('prints a unit id with an escape sequence escaped, never raw to the terminal', async () => {
    const xml = (await exportXliff()).replace('<unit id="p9">', '<unit id="p9&#x202e;\u009b31m">');
    const result = await runCli(space(), 'merge', save('id.xlf', xml));
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('ends not-well-formed XML in one refusal line, not a stack trace', async () => {
    const result = await runCli(
      space(),
      'merge',
      save('broken.xlf', '<?xml version="1.0"?>\n<xliff><file id="x"><unit id="a"></file>'),
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^merge refused: /);
  });
});

describe('check and export refuse control characters in content', () => {
  it('fails check for a control character stored in a translation, naming the file and segment', async () => {
    const en = space().seedFile('en.json');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Vostochny spaceport', 'Vostochny\\u0007 spaceport'));
    const result = await runCli(space(), 'check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en\.json: segment "p6": text: .*control character U\+0007/);
  });
});

describe('export never writes a control character', () => {
  it.each(['xliff', 'tmx'])('refuses to export an article holding one as %s', async (format) => {
    const en = space().seedFile('en.json');
    writeFileSync(en, readFileSync(en, 'utf8').replace('Vostochny spaceport', 'Vostochny\\u001b spaceport'));
    const result = await runCli(space(), 'export', SEED, '--format', format);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('control character U+001B');
    expect(result.stderr).not.toContain('\u001b');
  });
});
