/**
 * Glossary matcher benchmark: `npm run bench:glossary`.
 *
 * Matches every segment of the seed article (original and English) against synthetic
 * glossaries of 100, 1,000 and 10,000 entries plus the real ones, and prints the median
 * time per article beside two naive baselines measured in the same run: one big
 * alternation RegExp, and a loop calling indexOf for each variant.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadArticle } from '../lib/content/article';
import type { LanguageCode } from '../lib/content/types';
import { loadGlossary } from '../lib/glossary/load';
import { createMatcher } from '../lib/glossary/matcher';
import type { GlossaryEntry } from '../lib/glossary/types';
import { mulberry32, syntheticWord } from './synthetic-names';

const SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const SIZES = [100, 1_000, 10_000];
const TIME_BUDGET_MS = 1_500;

type Text = { text: string; lang: LanguageCode };
type FindAll = (text: string, lang: LanguageCode) => unknown[];

async function main(): Promise<void> {
  const contentDir = join(__dirname, '..', 'content');
  const glossary = await loadGlossary(contentDir);
  const loaded = await loadArticle(join(contentDir, 'articles'), SLUG);
  if (glossary.problems.length > 0 || !loaded.ok)
    throw new Error('content is invalid: run `npm run content -- check`');
  const segments = [loaded.article.headline, ...loaded.article.body];
  const texts: Text[] = [
    ...segments.map((s) => ({ text: s.original, lang: 'id' as const })),
    ...segments.map((s) => ({ text: s.translation, lang: 'en' as const })),
  ];
  const chars = texts.reduce((sum, t) => sum + t.text.length, 0);
  console.log(
    `Seed article: ${texts.length} texts, ${chars} characters; median of many runs, ms per whole article.\n`,
  );

  const header = [
    'entries',
    'build ms',
    'matcher ms/article',
    'naive RegExp ms/article',
    'naive indexOf ms/article',
    'speedup',
  ];
  const rows: string[][] = [];
  for (const size of SIZES) {
    const entries = [...glossary.entries, ...syntheticEntries(size)];
    const buildStart = performance.now();
    const matcher = createMatcher(entries);
    const build = performance.now() - buildStart;
    const matcherMs = timePerArticle(texts, (text, lang) =>
      matcher.findMentions(text, lang, { article: SLUG }),
    );
    const regexMs = timePerArticle(texts, regexBaseline(entries));
    const indexOfMs = timePerArticle(texts, indexOfBaseline(entries));
    const speedup = Math.min(regexMs, indexOfMs) / matcherMs;
    rows.push([
      String(entries.length),
      fmt(build),
      fmt(matcherMs),
      fmt(regexMs),
      fmt(indexOfMs),
      `${speedup.toFixed(0)}×`,
    ]);
  }
  printTable(header, rows);
  console.log('\nspeedup: the faster naive baseline divided by the matcher.');
}

/** Median time for one pass over all texts, sampling until the time budget is spent. */
function timePerArticle(texts: Text[], findAll: FindAll): number {
  const once = () => {
    let found = 0;
    for (const { text, lang } of texts) found += findAll(text, lang).length;
    return found;
  };
  for (let i = 0; i < 3; i++) once(); // warm up the JIT
  const firstStart = performance.now();
  once();
  const firstMs = performance.now() - firstStart;
  // Batch fast passes so each sample is well above timer resolution.
  const batch = Math.max(1, Math.ceil(0.5 / Math.max(firstMs, 1e-3)));
  const samples: number[] = [];
  const deadline = performance.now() + TIME_BUDGET_MS;
  while (samples.length < 7 || (performance.now() < deadline && samples.length < 500)) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) once();
    samples.push((performance.now() - start) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const WORD = '[\\p{L}\\p{N}\\p{M}]';

/** Naive 1: every variant in one alternation, longest first so the first alternative that matches is the longest. */
function regexBaseline(entries: GlossaryEntry[]): FindAll {
  const build = (lang: LanguageCode) => {
    const variants = entries.flatMap((e) => e.variants[lang].map((v) => v.text));
    const alternation = [...new Set(variants)]
      .sort((a, b) => b.length - a.length)
      .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    return new RegExp(`(?<!${WORD})(?:${alternation})(?!${WORD})`, 'gu');
  };
  const regexes = { id: build('id'), en: build('en') };
  return (text, lang) => [...text.matchAll(regexes[lang])];
}

/** Naive 2: indexOf for every variant, then keep the leftmost-longest non-overlapping hits. */
function indexOfBaseline(entries: GlossaryEntry[]): FindAll {
  const word = new RegExp(WORD, 'u');
  const variants = {
    id: entries.flatMap((e) => e.variants.id.map((v) => v.text)),
    en: entries.flatMap((e) => e.variants.en.map((v) => v.text)),
  };
  return (text, lang) => {
    const hits: { start: number; end: number }[] = [];
    for (const variant of variants[lang]) {
      for (let at = text.indexOf(variant); at !== -1; at = text.indexOf(variant, at + 1)) {
        const end = at + variant.length;
        if (at > 0 && word.test(text[at - 1]!)) continue;
        if (end < text.length && word.test(text[end]!)) continue;
        hits.push({ start: at, end });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: typeof hits = [];
    for (const hit of hits) if (hit.start >= (kept.at(-1)?.end ?? 0)) kept.push(hit);
    return kept;
  };
}

/** Realistic multi-word names from a seeded generator; some share first words with the article so the trie walks deep. */
function syntheticEntries(count: number): GlossaryEntry[] {
  const random = mulberry32(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = () => syntheticWord(random);
  const shared = [
    'Kim',
    'Vladimir',
    'Korea',
    'Universitas',
    'Far Eastern',
    'North',
    'Putin',
    'Marshal',
    'Asia',
  ];
  const shapes = [
    () => `${pick(shared)} ${word()}`,
    () => `${word()} ${word()}`,
    () => `${word()} ${word()} ${word()}`,
    () => `${word()}sk-on-${word()}`,
    () => `Universitas ${word()} ${word()}`,
    () => `${word()} Federal University`,
  ];
  return Array.from({ length: count }, (_, i) => {
    const name = pick(shapes)();
    const short = name.split(/[\s-]/).reduce((a, b) => (b.length > a.length ? b : a));
    const variants = [
      { text: name, caseInsensitive: false },
      { text: short, caseInsensitive: false },
    ];
    return {
      id: `synthetic-${i}`,
      type: 'place',
      name: { id: name, en: name },
      variants: { id: variants, en: variants },
      notes: { id: 'Entri sintetis.', en: 'A synthetic entry.' },
    } satisfies GlossaryEntry;
  });
}

function fmt(ms: number): string {
  return ms < 0.1 ? ms.toFixed(4) : ms.toFixed(3);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
