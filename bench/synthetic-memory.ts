/**
 * A synthetic translation memory for the memory bench: N pairs of 12 to 40 words, like the seed
 * article's paragraphs. Words follow Zipf's law (the r-th commonest has weight 1 / (r + 2.7), as
 * Mandelbrot fitted running text) over a vocabulary of the seed article's words, commonest first
 * (so "yang", "dan", "di" lead, with their long postings), then made-up words to 30,000 types:
 * 260,000 words of news hold about that many. A fifth of the pairs are near-copies of an earlier
 * pair with one to three words changed, as news repeats its boilerplate; that is what fuzzy
 * matching is for. Seeded (mulberry32, shared with the other benches), so every run is the same.
 */
import { join } from 'node:path';
import { loadArticle } from '../lib/content/article';
import type { MemoryPair } from '../lib/memory';
import { mulberry32, syntheticWord } from './synthetic-names';

const SEED_SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const VOCABULARY = 30_000;

export interface SyntheticMemory {
  pairs: MemoryPair[];
  /** Draws a fresh sentence of the same kind, for queries. */
  sentence: () => string;
  /** Changes `edits` random words of a text, as a translator's next segment differs from a stored one. */
  edit: (text: string, edits: number) => string;
  random: () => number;
}

/** `vocabulary` below the seed's own word count keeps only the seed's words: a stress test, every word common. */
export async function syntheticMemory(size: number, vocabulary = VOCABULARY): Promise<SyntheticMemory> {
  const seed = await loadArticle(join(__dirname, '..', 'content', 'articles'), SEED_SLUG);
  if (!seed.ok) throw new Error('the seed article is invalid: run `npm run content -- check`');
  const segments = [seed.article.headline, ...seed.article.body];
  const random = mulberry32(size);
  const zipf = (texts: string[]) => {
    const counts = new Map<string, number>();
    for (const word of texts.flatMap((t) => t.split(/\s+/))) counts.set(word, (counts.get(word) ?? 0) + 1);
    const words = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
    while (words.length < vocabulary) words.push(syntheticWord(random).toLowerCase());
    const cumulative: number[] = [];
    words.reduce((total, _, rank) => (cumulative[rank] = total + 1 / (rank + 2.7)), 0);
    return () => words[lowerBound(cumulative, random() * cumulative.at(-1)!)]!;
  };
  const words = { id: zipf(segments.map((s) => s.original)), en: zipf(segments.map((s) => s.translation)) };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const text = (lang: 'id' | 'en', length: number) => {
    const chosen = Array.from({ length }, () => words[lang]());
    return `${chosen
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/[.,]$/, '')}.`;
  };
  const sentence = () => text('id', 12 + Math.floor(random() * 29));
  const edit = (original: string, edits: number) => {
    const tokens = original.split(' ');
    for (let k = 0; k < edits; k++) tokens[Math.floor(random() * tokens.length)] = words.id();
    return tokens.join(' ');
  };

  const pairs: MemoryPair[] = [];
  for (let n = 0; n < size; n++) {
    const source = {
      kind: 'article' as const,
      slug: `synthetic-${Math.floor(n / 10)}`,
      segment: `p${n % 10}`,
    };
    const earlier = pairs.length > 0 && random() < 0.2 ? pick(pairs) : undefined;
    const original = earlier ? edit(earlier.original, 1 + Math.floor(random() * 3)) : sentence();
    const length = original.split(' ').length;
    pairs.push({ original, translation: text('en', length), source });
  }
  return { pairs, sentence, edit, random };
}

/** The first index whose cumulative weight reaches `target`. */
function lowerBound(cumulative: number[], target: number): number {
  let [low, high] = [0, cumulative.length - 1];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
