/**
 * A synthetic content/ folder in the project's own format, for the build-scaling benchmark:
 * the seed article and N − 1 articles shaped like it (a headline and nine paragraphs, about 2 KB per language, a
 * dateline, a "Baca Juga" item) and a glossary whose names the paragraphs mention. The words come
 * from the seed article, so sentence splitting and alignment see realistic text. Seeded, so every
 * run builds the same corpus.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticle } from '../lib/content/article';
import { glossaryTypes } from '../lib/glossary/types';
import { mulberry32, syntheticWord } from './synthetic-names';

const SEED_SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const PARAGRAPHS = 9;
const PARAGRAPH_CHARS = 200;

export async function writeSyntheticContent(
  contentDir: string,
  seedContentDir: string,
  articles: number,
  glossaryEntries: number,
): Promise<void> {
  const seed = await loadArticle(join(seedContentDir, 'articles'), SEED_SLUG);
  if (!seed.ok) throw new Error('the seed article is invalid: run `npm run content -- check`');
  const segments = [seed.article.headline, ...seed.article.body];
  const words = {
    id: wordsOf(segments.map((s) => s.original)),
    en: wordsOf(segments.map((s) => s.translation)),
  };
  const random = mulberry32(articles);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sentence = (lang: 'id' | 'en', minChars: number, name?: string) => {
    const chosen: string[] = name ? [name] : [];
    while (chosen.join(' ').length < minChars)
      chosen.splice(Math.floor(random() * (chosen.length + 1)), 0, pick(words[lang]));
    const text = chosen.join(' ');
    return text[0]!.toUpperCase() + text.slice(1);
  };

  const names = glossaryNames(glossaryEntries, random);
  rmSync(contentDir, { recursive: true, force: true });
  // The seed stays (unit tests import its files, and the build type-checks them); it counts as one of the articles.
  cpSync(join(seedContentDir, 'articles', SEED_SLUG), join(contentDir, 'articles', SEED_SLUG), {
    recursive: true,
  });
  const entries = names.map((name, i) => ({
    id: `entry-${i}`,
    type: glossaryTypes[i % glossaryTypes.length],
    names: { id: name.variants, en: name.variants },
    notes: { id: `${sentence('id', 120)}.`, en: `${sentence('en', 120)}.` },
  }));
  write(join(contentDir, 'glossary', 'entries.json'), { entries });

  for (let n = 1; n < articles; n++) {
    const slug = `synthetic-article-${String(n).padStart(5, '0')}`;
    const day = new Date(Date.UTC(2023, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
      const name = pick(names).canonical;
      // Two sentences per paragraph, the second one naming a glossary entry.
      const pair = (lang: 'id' | 'en') =>
        `${sentence(lang, PARAGRAPH_CHARS / 2)}. ${sentence(lang, PARAGRAPH_CHARS / 2, name)}.`;
      return { id: `p${i + 1}`, original: pair('id'), translation: pair('en') };
    });
    const first = paragraphs[0]!;
    first.original = `KONTAN.CO.ID - JAKARTA. ${first.original}`;
    first.translation = `KONTAN.CO.ID - JAKARTA. ${first.translation}`;
    const headline = { id: sentence('id', 70), en: sentence('en', 70) };
    const dir = join(contentDir, 'articles', slug);
    write(join(dir, 'article.json'), {
      source: { name: 'Kontan', site: 'KONTAN.CO.ID', url: 'https://www.kontan.co.id/' },
      published: day,
      dateline: 'JAKARTA',
      originalLanguage: 'id',
      translations: ['en'],
      related: [
        {
          id: 'r1',
          after: 'p3',
          title: sentence('id', 60),
          href: `https://www.kontan.co.id/search/?search=${n}`,
        },
      ],
    });
    write(join(dir, 'id.json'), {
      lang: 'id',
      segments: [
        { id: 'headline', text: headline.id },
        ...paragraphs.map((p) => ({ id: p.id, text: p.original })),
      ],
    });
    write(join(dir, 'en.json'), {
      lang: 'en',
      segments: [
        { id: 'headline', status: 'reviewed', text: headline.en },
        ...paragraphs.map((p) => ({ id: p.id, status: 'reviewed', text: p.translation })),
      ],
      related: [{ id: 'r1', title: sentence('en', 60) }],
    });
  }
}

function wordsOf(texts: string[]): string[] {
  return texts
    .join(' ')
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length > 1);
}

/** Unique two-word names, each with its longer word as a short form when no other name claims it. */
function glossaryNames(count: number, random: () => number): { canonical: string; variants: string[] }[] {
  const word = () => syntheticWord(random);
  const claimed = new Set<string>();
  const names: { canonical: string; variants: string[] }[] = [];
  while (names.length < count) {
    const [first, second] = [word(), word()];
    const canonical = `${first} ${second}`;
    if (claimed.has(canonical.toLowerCase())) continue;
    claimed.add(canonical.toLowerCase());
    const short = second.length >= first.length ? second : first;
    const variants = [canonical];
    if (!claimed.has(short.toLowerCase())) {
      claimed.add(short.toLowerCase());
      variants.push(short);
    }
    names.push({ canonical, variants });
  }
  return names;
}

function write(file: string, data: unknown): void {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
