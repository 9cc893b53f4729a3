import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedContentPerTest } from '../cli/test-cli';
import { loadGlossary } from '../glossary/load';
import { addGlossaryEntry } from './glossary-write';

const space = seedContentPerTest();
const file = () => join(space().content, 'glossary', 'entries.json');

const pasar = {
  id: 'pasar-induk-kramat-jati',
  type: 'place',
  names: { id: ['Pasar Induk Kramat Jati'], en: ['Kramat Jati Wholesale Market'] },
  notes: { en: "East Jakarta's wholesale food market.", id: 'Pasar induk sayur dan buah di Jakarta Timur.' },
};

describe('addGlossaryEntry', () => {
  it('adds a valid entry, leaving every other line of the file as it was', async () => {
    const before = readFileSync(file(), 'utf8');
    expect(await addGlossaryEntry(space().content, pasar)).toEqual({ ok: true, id: pasar.id });
    const after = readFileSync(file(), 'utf8');
    const kept = before.replace(/\n  \]\n\}\n$/, '');
    expect(after.startsWith(`${kept},\n    {\n      "id": "pasar-induk-kramat-jati",`)).toBe(true);
    const { entries, problems } = await loadGlossary(space().content);
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.id === pasar.id)?.name.en).toBe('Kramat Jati Wholesale Market');
  });

  it.each([
    ['an unknown type', { ...pasar, type: 'market' }],
    ['an empty note', { ...pasar, notes: { en: '\u200b', id: 'x' } }],
    ['a name another entry has', { ...pasar, id: 'putin-again', names: { id: ['Putin'], en: ['Putin'] } }],
    ['an id that exists', { ...pasar, id: 'vladimir-putin' }],
  ])('refuses %s, writing nothing', async (_label, entry) => {
    const before = readFileSync(file(), 'utf8');
    const result = await addGlossaryEntry(space().content, entry);
    expect(result.ok).toBe(false);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });
});
