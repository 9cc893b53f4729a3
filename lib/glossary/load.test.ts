import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from './load';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const contentDir = join(__dirname, '..', '..', 'content');

describe('loadGlossary', () => {
  it('loads the real glossary without problems and puts the canonical name first', async () => {
    const { entries, problems } = await loadGlossary(contentDir);
    expect(problems).toEqual([]);
    const putin = entries.find((entry) => entry.id === 'vladimir-putin');
    expect(putin?.name).toEqual({ id: 'Vladimir Putin', en: 'Vladimir Putin' });
    expect(putin?.variants.en.map((v) => v.text)).toContain('Putin');
  });

  it('reshapes a bare string into a case-sensitive variant and keeps the object form as written', async () => {
    const { entries } = await loadGlossary(contentDir);
    const peninsula = entries.find((entry) => entry.id === 'korean-peninsula');
    const kim = entries.find((entry) => entry.id === 'kim-jong-un');
    expect(peninsula?.variants.id).toEqual([{ text: 'Semenanjung Korea', caseInsensitive: true }]);
    expect(kim?.variants.en[0]).toEqual({ text: 'Kim Jong Un', caseInsensitive: false });
  });

  it('names the file when it is missing', async () => {
    expect(await loadGlossary(fixture('does-not-exist'))).toEqual({
      entries: [],
      vocabulary: [],
      problems: [{ file: 'content/glossary/entries.json', message: 'file is missing or unreadable' }],
    });
  });

  it('names the file when it is not JSON', async () => {
    const { problems } = await loadGlossary(fixture('invalid-json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
  });

  it('reports a duplicate id, naming the entry', async () => {
    expect((await loadGlossary(fixture('duplicate-id'))).problems).toMatchInlineSnapshot(`
      [
        {
          "entry": "russia",
          "file": "content/glossary/entries.json",
          "message": "duplicate entry id",
        },
      ]
    `);
  });

  it('reports a name two entries could both claim, folding case where either variant is case-insensitive', async () => {
    expect((await loadGlossary(fixture('claimed-variant'))).problems).toMatchInlineSnapshot(`
      [
        {
          "entry": "korean-peninsula",
          "file": "content/glossary/entries.json",
          "message": "id name "korea" is already a name of entry "korea"",
        },
        {
          "entry": "south-korea",
          "file": "content/glossary/entries.json",
          "message": "en name "Korea" is already a name of entry "korea"",
        },
        {
          "entry": "kim-jong-un",
          "file": "content/glossary/entries.json",
          "message": "en name "Kim Jong Un" is listed twice in this entry",
        },
      ]
    `);
  });

  it('reports an empty note', async () => {
    expect((await loadGlossary(fixture('empty-note'))).problems).toMatchInlineSnapshot(`
      [
        {
          "entry": "tass",
          "file": "content/glossary/entries.json",
          "message": "notes.en: text is empty",
        },
      ]
    `);
  });

  it('reports a type outside the list', async () => {
    expect((await loadGlossary(fixture('bad-type'))).problems).toMatchInlineSnapshot(`
      [
        {
          "entry": "telegram",
          "file": "content/glossary/entries.json",
          "message": "type: Invalid option: expected one of "person"|"place"|"organisation"|"institution"|"facility"|"vessel"|"event"|"service"",
        },
      ]
    `);
  });

  it('reports a bad id, a name with edge punctuation or double spaces, and a missing canonical name', async () => {
    expect((await loadGlossary(fixture('bad-variant'))).problems).toMatchInlineSnapshot(`
      [
        {
          "entry": "Kontan",
          "file": "content/glossary/entries.json",
          "message": "id: id must be kebab-case: lower-case letters, digits and single hyphens",
        },
        {
          "entry": "Kontan",
          "file": "content/glossary/entries.json",
          "message": "names.id.0.text: name "Kontan." must start and end with a letter or digit",
        },
        {
          "entry": "Kontan",
          "file": "content/glossary/entries.json",
          "message": "names.en: list at least the canonical name",
        },
        {
          "entry": "kremlin",
          "file": "content/glossary/entries.json",
          "message": "names.en.0.text: name "the  Kremlin" must use single spaces",
        },
        {
          "entry": "kremlin",
          "file": "content/glossary/entries.json",
          "message": "names.en.0.caseInsensitive: Invalid input: expected boolean, received string",
        },
      ]
    `);
  });
});
