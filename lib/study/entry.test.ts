import { describe, expect, it } from 'vitest';
import { addEntry, parseStudyList, removeEntry, serializeStudyList, type StudyEntry } from './entry';

const entry = (termId: string, sentence = 'Kalimat.'): StudyEntry => ({
  termId,
  name: { id: termId, en: termId },
  note: { id: '', en: '' },
  sentence: { id: sentence, en: 'Sentence.' },
  article: 'putin',
  segment: 'p1',
  savedAt: '2025-01-01T00:00:00.000Z',
});

describe('the stored study list', () => {
  it('survives a round trip through storage', () => {
    const list = [entry('kremlin'), entry('tass')];
    expect(parseStudyList(serializeStudyList(list))).toEqual(list);
  });

  it('reads nothing from empty, broken or foreign storage, and drops malformed entries', () => {
    expect(parseStudyList(null)).toEqual([]);
    expect(parseStudyList('{not json')).toEqual([]);
    expect(parseStudyList('[1,2]')).toEqual([]);
    expect(
      parseStudyList(JSON.stringify({ version: 1, entries: [entry('tass'), { termId: 'x' }, null] })),
    ).toEqual([entry('tass')]);
  });

  it('keeps one entry per name, the newest first, and removes by name', () => {
    let list = addEntry([], entry('kremlin'));
    list = addEntry(list, entry('tass'));
    list = addEntry(list, entry('kremlin', 'Kalimat lain.'));
    expect(list.map((e) => [e.termId, e.sentence.id])).toEqual([
      ['kremlin', 'Kalimat lain.'],
      ['tass', 'Kalimat.'],
    ]);
    expect(removeEntry(list, 'kremlin').map((e) => e.termId)).toEqual(['tass']);
  });
});
