import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../content/article';
import { loadGlossary } from '../glossary/load';
import { createMatcher } from '../glossary/matcher';
import { articleWordCards, nameRanges, type WordCardsFile } from './cards';
import { realAnalyser } from './test-analyser';
import { createVocabulary } from './vocabulary';

const contentDir = join(__dirname, '..', '..', 'content');
const slug = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
let cards: WordCardsFile;

beforeAll(async () => {
  const loaded = await loadArticle(join(contentDir, 'articles'), slug);
  if (!loaded.ok) throw new Error('seed article is invalid');
  const glossary = await loadGlossary(contentDir);
  const matcher = createMatcher(glossary.entries);
  const texts = [loaded.article.headline, ...loaded.article.body].map((s) => s.original);
  const sources = texts.map((text) => ({
    text,
    names: nameRanges(matcher.segment(text, 'id', { article: slug })),
  }));
  cards = articleWordCards(
    sources,
    await realAnalyser(),
    createVocabulary(glossary.vocabulary),
    glossary.vocabulary,
  );
});

describe('the seed article’s word cards', () => {
  it('give the issue’s five words their roots and affixes', () => {
    const shown = ['kepuasannya', 'disepakati', 'berkontribusi', 'perjanjian', 'menyatakan'].map(
      (form) => `${form}: ${cards.words[form]?.display}`,
    );
    expect(shown).toEqual([
      'kepuasannya: ke- + puas + -an + -nya',
      'disepakati: di- + sepakat + -i',
      'berkontribusi: ber- + kontribusi',
      'perjanjian: per- + janji + -an',
      'menyatakan: me- + nyata + -kan',
    ]);
  });

  it('link an affixed form to the vocabulary entry of its root, with that entry’s senses', () => {
    const word = cards.words['disepakati'];
    expect(word?.entry).toBeDefined();
    const entry = cards.entries[word!.entry!];
    expect(entry?.headword).toBe('sepakat');
    expect(entry?.senses.length).toBeGreaterThan(0);
  });

  it('leave the glossary’s names out: they have name cards', () => {
    expect(cards.words['putin']).toBeUndefined();
    expect(cards.words['vostochny']).toBeUndefined();
  });
});
