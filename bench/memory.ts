/**
 * Translation memory benchmark: `npx tsx bench/memory.ts`.
 *
 * Builds a synthetic 10,000-pair memory (bench/synthetic-memory.ts) and times `lookup` for three
 * kinds of query in equal parts: a stored original (a 100% match), a stored original with one to
 * three words changed (a fuzzy match), and a fresh sentence (usually no match at 50%). Beside it,
 * in the same run, a naive baseline: the same scoring over every pair, tokenised in advance, then
 * the same filter and sort. It checks that both return the same scores, then times concordance
 * for single words, two-word phrases and word fragments.
 *
 * `--seed-vocabulary` draws every word from the seed article's 300-odd, so that every word is
 * common and postings are long: the index's worst case, not a realistic memory.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createMemory, type MemoryPair } from '../lib/memory';
import { compareTokens } from '../lib/memory/similarity';
import { tokenize, type Token } from '../lib/memory/tokens';
import { syntheticMemory } from './synthetic-memory';

const SIZE = 10_000;
const QUERIES = 600;
const BASELINE_QUERIES = Number(process.env.BASELINE_QUERIES ?? 60);
const LIMIT = 5;
const MIN_SCORE = 50;

async function main(): Promise<void> {
  const stress = process.argv.includes('--seed-vocabulary');
  const corpus = await syntheticMemory(SIZE, stress ? 0 : undefined);
  const { pairs, random } = corpus;
  const buildStart = performance.now();
  const memory = createMemory(pairs);
  const buildMs = performance.now() - buildStart;

  const queries = Array.from({ length: QUERIES }, (_, k) => {
    const stored = pairs[Math.floor(random() * pairs.length)]!.original;
    return [stored, corpus.edit(stored, 1 + (k % 3)), corpus.sentence()][k % 3]!;
  });
  const baseline = naiveMemory(pairs);

  const mismatches = queries
    .slice(0, BASELINE_QUERIES)
    .filter((q) => scores(memory.lookup(q, { limit: LIMIT })) !== scores(baseline(q)));
  const indexed = time(queries, (q) => memory.lookup(q, { limit: LIMIT, minScore: MIN_SCORE }));
  const naive = time(queries.slice(0, BASELINE_QUERIES), baseline);
  const found = queries.map((q) => memory.lookup(q, { limit: LIMIT })[0]?.score ?? 0);

  const vocabulary = [...new Set(pairs.flatMap((p) => p.original.split(' ')))];
  const word = () => vocabulary[Math.floor(random() * vocabulary.length)]!.replace(/[.,"]/g, '');
  const concordanceQueries = Array.from({ length: QUERIES }, (_, k) => {
    if (k % 3 === 0) return word();
    if (k % 3 === 1)
      return pairs[Math.floor(random() * pairs.length)]!.original.split(' ').slice(3, 5).join(' ');
    return word().slice(1, 5);
  });
  const concordance = time(concordanceQueries, (q) => memory.concordance(q, { limit: 20 }));

  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `Translation memory: ${SIZE.toLocaleString('en')} synthetic pairs` +
      `${stress ? ' (seed vocabulary only: worst case)' : ' (Zipf vocabulary of 30,000 words)'}, built in ${ms(buildMs)}.`,
  );
  // Other work on the machine moves the tail figures most, so say how busy it was.
  console.log(
    `Node ${process.version}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; ` +
      `each figure is per query, measured one query at a time after a warm-up.\n`,
  );
  console.log(`lookup, indexed (limit ${LIMIT}, minScore ${MIN_SCORE}), ${QUERIES} queries:`);
  console.log(`  p50 ${ms(indexed.p50)}   p95 ${ms(indexed.p95)}   max ${ms(indexed.max)}`);
  console.log(`lookup, naive linear scan with the same scoring, ${BASELINE_QUERIES} queries:`);
  console.log(`  p50 ${ms(naive.p50)}   p95 ${ms(naive.p95)}   max ${ms(naive.max)}`);
  console.log(`  speedup at p50: ${(naive.p50 / indexed.p50).toFixed(0)}×`);
  console.log(
    `same scores as the naive scan: ${BASELINE_QUERIES - mismatches.length} of ${BASELINE_QUERIES} queries`,
  );
  console.log(
    `queries with a match ≥ ${MIN_SCORE}: exact (100) ${found.filter((s) => s === 100).length}, ` +
      `fuzzy ${found.filter((s) => s > 0 && s < 100).length}, none ${found.filter((s) => s === 0).length}\n`,
  );
  console.log(`concordance (limit 20), ${QUERIES} queries (words, two-word phrases, word fragments):`);
  console.log(`  p50 ${ms(concordance.p50)}   p95 ${ms(concordance.p95)}   max ${ms(concordance.max)}`);
}

/** The baseline: score every pair, with its tokens prepared in advance so only the scoring is timed. */
function naiveMemory(pairs: MemoryPair[]): (query: string) => { score: number }[] {
  const tokenised: Token[][] = pairs.map((pair) => tokenize(pair.original));
  return (query) => {
    const tokens = tokenize(query);
    return tokenised
      .map((original, k) => ({
        k,
        score: compareTokens(tokens, original, query === pairs[k]!.original).score,
      }))
      .filter((m) => m.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.k - b.k)
      .slice(0, LIMIT)
      .map((m) => ({ score: Math.round(m.score) }));
  };
}

function scores(matches: { score: number }[]): string {
  return matches.map((m) => m.score).join(',');
}

function time(queries: string[], run: (query: string) => unknown): { p50: number; p95: number; max: number } {
  for (const query of queries.slice(0, 20)) run(query); // warm up the JIT
  const samples = queries.map((query) => {
    const start = performance.now();
    run(query);
    return performance.now() - start;
  });
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: samples[samples.length - 1]! };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
