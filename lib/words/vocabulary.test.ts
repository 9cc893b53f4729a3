import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../glossary/load';
import { createMatcher } from '../glossary/matcher';
import type { VocabularyEntry } from '../glossary/types';
import type { WordAnalyser } from './analyse';
import { realAnalyser } from './test-analyser';
import { createVocabulary, lookupVocabulary } from './vocabulary';
import { checkVocabulary } from './vocabulary-check';

let analyser: WordAnalyser;
beforeAll(async () => {
  analyser = await realAnalyser();
});

const entry = (
  partial: Partial<VocabularyEntry> & Pick<VocabularyEntry, 'id' | 'headword'>,
): VocabularyEntry => ({
  type: 'word',
  senses: ['a sense'],
  forms: {},
  example: { id: partial.headword, en: 'an example' },
  ...partial,
});

const sepakat = entry({ id: 'sepakat', headword: 'sepakat', forms: { kesepakatan: 'agreement' } });
const kerjaSama = entry({
  id: 'kerja-sama',
  type: 'phrase',
  headword: 'kerja sama',
  forms: { 'bekerja sama': 'cooperate' },
});
const sama = entry({ id: 'sama', headword: 'sama' });

function found(text: string, entries: VocabularyEntry[]) {
  const vocabulary = createVocabulary(entries);
  return vocabulary
    .lookup(analyser.analyseText(text))
    .map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}

describe('vocabulary lookup', () => {
  it('marks every affixed form of a word entry through its root, with the meaning of the form when given', () => {
    expect(found('Mereka sepakat; kesepakatan itu disepakati.', [sepakat])).toMatchInlineSnapshot(`
      [
        {
          "end": 14,
          "entryId": "sepakat",
          "start": 7,
          "text": "sepakat",
          "words": 1,
        },
        {
          "end": 27,
          "entryId": "sepakat",
          "formMeaning": "agreement",
          "start": 16,
          "text": "kesepakatan",
          "words": 1,
        },
        {
          "end": 42,
          "entryId": "sepakat",
          "start": 32,
          "text": "disepakati",
          "words": 1,
        },
      ]
    `);
  });

  it('matches a phrase and its forms before the words inside it, a clitic allowed on the last word', () => {
    const text = 'Kerja samanya baik; mereka bekerja sama lagi. Sama saja.';
    expect(found(text, [kerjaSama, sama]).map((m) => `${m.entryId}: ${m.text}`)).toEqual([
      'kerja-sama: Kerja samanya',
      'kerja-sama: bekerja sama',
      'sama: Sama',
    ]);
  });

  it('does not join words across punctuation into a phrase', () => {
    expect(found('Ia kerja, sama seperti kemarin.', [kerjaSama])).toEqual([]);
  });

  it('skips words inside name mentions, so the seed article’s names stay names', async () => {
    const glossary = await loadGlossary(join(__dirname, '..', '..', 'content'));
    const matcher = createMatcher(glossary.entries);
    const vocabulary = createVocabulary(glossary.vocabulary);
    const text = 'Dialognya dengan Putin diadakan pada 13 September di pelabuhan antariksa Vostochny.';
    const mentions = matcher.findMentions(text, 'id');
    const matches = lookupVocabulary(text, mentions, analyser, vocabulary);
    expect(matches.map((m) => text.slice(m.start, m.end))).not.toContain('pelabuhan antariksa');
    expect(mentions.map((m) => m.termId)).toContain('vostochny-cosmodrome');
  });
});

describe('checkVocabulary', () => {
  it('names the entry whose root, forms or example the analyser cannot reach', () => {
    const problems = checkVocabulary(
      [
        entry({ id: 'disepakati', headword: 'disepakati' }),
        entry({ id: 'puas', headword: 'puas', forms: { kepuasan: 'satisfaction', perjanjian: 'agreement' } }),
        entry({ id: 'puas-again', headword: 'puas' }),
        entry({ id: 'janji', headword: 'janji', example: { id: 'Ia puas.', en: 'He is satisfied.' } }),
        entry({ id: 'kerja', type: 'phrase', headword: 'kerja' }),
      ],
      analyser,
      'content/glossary/entries.json',
    );
    expect(problems.map((p) => `${p.entry}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "disepakati: root "disepakati" is not a root: the analyser reads it as di- + sepakat + -i",
        "disepakati: example.id does not contain "disepakati" in any form",
        "puas: forms.perjanjian: the analyser gives root "janji", not "puas"",
        "puas-again: root "puas" is already the root of entry "puas"",
        "janji: example.id does not contain "janji" in any form",
        "kerja: phrase "kerja" is one word; make it a word entry with its root",
      ]
    `);
  });

  it('finds nothing wrong with the shipped vocabulary, which has at least 40 entries', async () => {
    const glossary = await loadGlossary(join(__dirname, '..', '..', 'content'));
    expect(glossary.problems).toEqual([]);
    expect(glossary.vocabulary.length).toBeGreaterThanOrEqual(40);
    const roots = glossary.vocabulary.map((v) => v.headword);
    expect(roots).toEqual(expect.arrayContaining(['sepakat', 'puas', 'kontribusi', 'janji', 'nyata']));
  });
});
