import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedContentPerTest, SEED } from '../cli/test-cli';
import { segmentHash } from './segment-hash';
import { relatedState, saveRelatedTitle } from './write-related';

const space = seedContentPerTest();
const related = () =>
  (JSON.parse(readFileSync(space().seedFile('en.json'), 'utf8')) as { related: { id: string; title: string }[] }).related;
const baseOf = (id: string) => segmentHash(relatedState(related().find((item) => item.id === id)?.title));

describe('saveRelatedTitle', () => {
  it('saves a "Baca Juga" title made from the current one', async () => {
    const result = await saveRelatedTitle(space().content, SEED, 'r1', baseOf('r1'), 'A new English title');
    expect(result).toMatchObject({ ok: true, state: { status: 'translated', text: 'A new English title' } });
    expect(related().find((item) => item.id === 'r1')?.title).toBe('A new English title');
  });

  it('refuses a title saved over one that changed since, keeping the newer', async () => {
    const stale = baseOf('r1');
    await saveRelatedTitle(space().content, SEED, 'r1', stale, 'First');
    const result = await saveRelatedTitle(space().content, SEED, 'r1', stale, 'Second');
    expect(result).toEqual({ ok: false, conflict: { status: 'translated', text: 'First' } });
    expect(related().find((item) => item.id === 'r1')?.title).toBe('First');
  });

  it('removes the translation when the title is emptied', async () => {
    await saveRelatedTitle(space().content, SEED, 'r2', baseOf('r2'), '  ');
    expect(related().map((item) => item.id)).not.toContain('r2');
  });
});
