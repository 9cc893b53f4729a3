import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../content/article';
import type { Article } from '../content/types';
import { loadGlossary } from './load';
import { createMatcher, type Matcher } from './matcher';

const contentDir = join(__dirname, '..', '..', 'content');
const slug = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';

let article: Article;
let matcher: Matcher;

beforeAll(async () => {
  const loaded = await loadArticle(join(contentDir, 'articles'), slug);
  if (!loaded.ok) throw new Error(`seed article is invalid: ${JSON.stringify(loaded.problems)}`);
  article = loaded.article;
  matcher = createMatcher((await loadGlossary(contentDir)).entries);
});

function termsIn(lang: 'id' | 'en'): Set<string> {
  const segments = [article.headline, ...article.body];
  const texts = segments.map((s) => (lang === 'id' ? s.original : s.translation));
  return new Set(
    texts.flatMap((text) => matcher.findMentions(text, lang, { article: slug }).map((m) => m.termId)),
  );
}

describe('the glossary against the seed article', () => {
  it('matches the same names in each segment of the original as in its English', () => {
    const ids = (text: string, lang: 'id' | 'en') =>
      [...new Set(matcher.findMentions(text, lang, { article: slug }).map((m) => m.termId))].sort();
    for (const segment of [article.headline, ...article.body]) {
      expect(ids(segment.translation, 'en'), segment.id).toEqual(ids(segment.original, 'id'));
    }
  });

  it.each(['id', 'en'] as const)('finds every proper name of the article in the %s text', (lang) => {
    expect([...termsIn(lang)].sort()).toEqual([
      'arnika',
      'far-eastern-federal-university',
      'kim-jong-un',
      'knevichi',
      'komsomolsk-on-amur',
      'kontan',
      'korean-peninsula',
      'kremlin',
      'marshal-shaposhnikov',
      'moscow',
      'north-korea',
      'northeast-asia',
      'primorsky-aquarium',
      'russia',
      'tass',
      'telegram',
      'vladimir-putin',
      'vostochny-cosmodrome',
    ]);
  });

  it('marks the names of the paragraph about the places Kim visited', () => {
    const p7 = article.body.find((s) => s.id === 'p7')!;
    const names = (lang: 'id' | 'en', text: string) =>
      matcher
        .segment(text, lang, { article: slug })
        .flatMap((p) => ('termId' in p ? [`${p.text} → ${p.termId}`] : []));
    expect(names('id', p7.original)).toMatchInlineSnapshot(`
      [
        "Kim → kim-jong-un",
        "Komsomolsk-on-Amur → komsomolsk-on-amur",
        "bandara Knevichi → knevichi",
        "Marsekal Shaposhnikov → marshal-shaposhnikov",
      ]
    `);
    expect(names('en', p7.translation)).toMatchInlineSnapshot(`
      [
        "Kim → kim-jong-un",
        "Komsomolsk-on-Amur → komsomolsk-on-amur",
        "Knevichi airfield → knevichi",
        "Marshal Shaposhnikov → marshal-shaposhnikov",
      ]
    `);
  });

  it('leaves the oceanarium and the bare "Kim" unmarked outside the seed article', () => {
    const p8 = article.body.find((s) => s.id === 'p8')!;
    const ids = matcher.findMentions(p8.translation, 'en').map((m) => m.termId);
    expect(ids).toEqual(['far-eastern-federal-university', 'arnika']);
  });
});
