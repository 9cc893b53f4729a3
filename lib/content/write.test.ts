import { readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedContentPerTest, SEED, storedText } from '../cli/test-cli';
import { isLocked } from './file-lock';
import { segmentHash, type SegmentState } from './segment-hash';
import { saveSegments } from './write';

const space = seedContentPerTest();

function stored(id: string): SegmentState {
  const en = JSON.parse(readFileSync(space().seedFile('en.json'), 'utf8')) as {
    segments: (SegmentState & { id: string })[];
  };
  const { status, text, note } = en.segments.find((s) => s.id === id)!;
  return { status, text, ...(note ? { note } : {}) };
}

const change = (id: string, text: string, base = segmentHash(stored(id))) => ({
  id,
  base,
  next: { status: 'translated' as const, text },
});

describe('saveSegments', () => {
  it('applies a change made from the current text and writes one line per changed segment', async () => {
    const before = readFileSync(space().seedFile('en.json'), 'utf8');
    const result = await saveSegments(space().content, SEED, [change('p3', 'New p3')]);
    expect(result).toMatchObject({ ok: true, applied: ['p3'], refused: [], unchanged: [] });
    const after = readFileSync(space().seedFile('en.json'), 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(['      "status": "translated",', '      "text": "New p3"']);
  });

  it("keeps the translator's note when the change says to (the workspace edits text and status only)", async () => {
    const id = 'p7';
    expect(stored(id).note).toBeTruthy();
    const note = stored(id).note;
    const result = await saveSegments(space().content, SEED, [{ ...change(id, 'Edited in the workspace.'), keepNote: true }]);
    expect(result).toMatchObject({ ok: true, applied: [id] });
    expect(stored(id)).toEqual({ status: 'translated', text: 'Edited in the workspace.', note });
  });

  it('stores dismissed warnings with a segment, and a change that says nothing of them keeps them', async () => {
    const dismiss = { ...change('p3', 'With with a repeat.'), next: { status: 'translated' as const, text: 'With with a repeat.', dismissed: ['repeated-word' as const] } };
    expect(await saveSegments(space().content, SEED, [dismiss])).toMatchObject({ ok: true, applied: ['p3'] });
    expect(await saveSegments(space().content, SEED, [change('p3', 'With with a repeat, edited.')])).toMatchObject({ ok: true, applied: ['p3'] });
    const en = JSON.parse(readFileSync(space().seedFile('en.json'), 'utf8')) as { segments: { id: string; dismissed?: string[] }[] };
    expect(en.segments.find((s) => s.id === 'p3')?.dismissed).toEqual(['repeated-word']);
  });

  it('refuses a change whose base no longer matches, returning the disk and proposed texts', async () => {
    const stale = segmentHash(stored('p3'));
    await saveSegments(space().content, SEED, [change('p3', 'First')]);
    const result = await saveSegments(space().content, SEED, [change('p3', 'Second', stale)]);
    expect(result.ok && result.refused).toEqual([
      {
        id: 'p3',
        reason: 'conflict',
        message: expect.stringContaining('conflict'),
        disk: { status: 'translated', text: 'First' },
        proposed: { status: 'translated', text: 'Second' },
      },
    ]);
    expect(storedText(space(), 'p3')).toBe('First');
  });

  it('keeps every change when many saves of different segments of one file run at once', async () => {
    const ids = ['headline', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9'];
    const changes = ids.map((id) => change(id, `Concurrent ${id}`));
    const results = await Promise.all(changes.map((c) => saveSegments(space().content, SEED, [c])));
    expect(results.every((r) => r.ok && r.applied.length === 1)).toBe(true);
    expect(ids.map((id) => storedText(space(), id))).toEqual(ids.map((id) => `Concurrent ${id}`));
    expect(await isLocked(space().seedFile('en.json'))).toBe(false);
  });

  it('lets exactly one of many saves from the same base win', async () => {
    const base = segmentHash(stored('p4'));
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => saveSegments(space().content, SEED, [change('p4', `Try ${n}`, base)])),
    );
    expect(results.filter((r) => r.ok && r.applied.length === 1)).toHaveLength(1);
    expect(results.filter((r) => r.ok && r.refused[0]?.reason === 'conflict')).toHaveLength(4);
  });

  it('refuses an invisible character, an unknown segment and an over-long text, writing the rest', async () => {
    const result = await saveSegments(space().content, SEED, [
      change('p1', 'Vladimir Pu\u200btin'),
      change('p99', 'Nowhere', 'x'),
      change('p2', 'x'.repeat(5001)),
      change('p3', 'Fine'),
    ]);
    expect(result.ok && result.applied).toEqual(['p3']);
    expect(result.ok && result.refused.map((r) => [r.id, r.reason, r.message])).toEqual([
      ['p1', 'invalid', expect.stringContaining('invisible character U+200B')],
      ['p99', 'unknown-segment', 'no segment of that id in en.json'],
      ['p2', 'invalid', expect.stringContaining('longer than 5000 characters')],
    ]);
  });

  it('refuses to write through an article folder or en.json that is a symbolic link', async () => {
    const en = space().seedFile('en.json');
    renameSync(en, join(space().work, 'en.json'));
    symlinkSync(join(space().work, 'en.json'), en);
    const result = await saveSegments(space().content, SEED, [change('p3', 'Through a link', 'x')]);
    expect(result).toEqual({ ok: false, problems: [{ file: expect.any(String), message: expect.stringContaining('symbolic link') }] });
  });

  it('takes over a stale lock left by a writer that is gone', async () => {
    writeFileSync(`${space().seedFile('en.json')}.lock`, `999999999 ${(await import('node:os')).hostname()} ${Date.now()} x`);
    const result = await saveSegments(space().content, SEED, [change('p3', 'After a crash')], { lockTimeoutMs: 2000 });
    expect(result.ok && result.applied).toEqual(['p3']);
  });

  it('waits for a live lock and then reports it held, writing nothing', async () => {
    writeFileSync(`${space().seedFile('en.json')}.lock`, `${process.pid} ${(await import('node:os')).hostname()} ${Date.now()} x`);
    const result = await saveSegments(space().content, SEED, [change('p3', 'Blocked')], { lockTimeoutMs: 200 });
    expect(result.ok).toBe(false);
    expect(storedText(space(), 'p3')).not.toBe('Blocked');
  });
});
