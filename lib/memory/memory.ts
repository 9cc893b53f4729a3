import { concordanceOver } from './concordance';
import { compareTokens } from './similarity';
import { tokenize } from './tokens';
import type { LookupOptions, Match, Memory, MemoryPair } from './types';
import { createWordDistance } from './word-distance';

/** A word's k-th occurrence in a text is its own set element, so sets intersect as multisets do. */
const OCCURRENCES = 64;

/**
 * A translation memory over `pairs`, built once. Lookup is exact, not approximate: it returns what
 * scoring every pair would, best first, but scores few of them, in three narrowing steps.
 *
 * 1. Levenshtein over words is at least max(n, m) − |common words|, so a pair's score is at most
 *    100 × common / max(n, m), and a pair that can reach `minScore` shares at least
 *    t = ⌈minScore × n / 100⌉ of the query's n words. Any such pair holds one of the query's
 *    n − t + 1 rarest words (prefix filtering, as in set-similarity joins), so only those words'
 *    postings are read: the common ones ("yang", "dan") never are.
 * 2. Candidates are taken in order of that bound, and a unit-cost word Levenshtein over integer
 *    ids bounds each one's score tightly, cheaply.
 * 3. Only a candidate whose tight bound could still enter the results gets the full comparison
 *    (case, accents, punctuation, the diff). Both loops stop once no bound can beat the
 *    limit-th best score.
 */
export function createMemory(pairs: readonly MemoryPair[]): Memory {
  const vocabulary = new Map<string, number>();
  const postings: number[][] = [];
  const wordIds: Int32Array[] = [];
  pairs.forEach((pair, id) => {
    const ids = idsOf(pair.original, (word) => {
      let wordId = vocabulary.get(word);
      if (wordId === undefined) vocabulary.set(word, (wordId = vocabulary.size));
      return wordId;
    });
    const elements = elementsOf(ids);
    for (const element of elements) (postings[element] ??= []).push(id);
    wordIds.push(ids);
  });
  const seen = new Int32Array(pairs.length);
  const shared = new Int32Array(pairs.length);
  // Reused across lookups, so that a query touching every pair allocates nothing per pair.
  const touched = new Int32Array(pairs.length);
  const wordDistance = createWordDistance();
  let generation = 0;

  function lookup(original: string, { limit = 5, minScore = 50 }: LookupOptions = {}): Match[] {
    const threshold = Math.max(minScore, 1);
    const tokens = tokenize(original);
    // A word the memory has never seen gets an id of its own below zero: it matches nothing.
    let unseen = 0;
    const ids = idsOf(original, (word) => vocabulary.get(word) ?? --unseen);
    const n = ids.length;
    if (n === 0 || limit <= 0) return [];
    const query = elementsOf(ids.filter((id) => id >= 0));
    const needed = Math.max(1, Math.ceil((threshold * n) / 100 - 1e-9));
    // Unseen words are the rarest of all, in no posting, so they fill the prefix first.
    const prefixLength = n - needed + 1 - (n - query.length);
    if (prefixLength <= 0) return [];

    // Counting shared words along postings is sequential work over typed arrays, far cheaper than
    // merging each candidate's word set with the query's: the prefix's postings admit candidates,
    // the remaining words' postings only add to the counts of those already admitted.
    generation++;
    let touchedCount = 0;
    const sorted = [...query].sort((a, b) => df(a) - df(b));
    sorted.forEach((element, rank) => {
      const admitting = rank < prefixLength;
      for (const id of postings[element] ?? []) {
        if (seen[id] === generation) shared[id]!++;
        else if (admitting) {
          seen[id] = generation;
          const m = wordIds[id]!.length;
          // Texts of too different a length cannot be similar enough, whatever they share.
          shared[id] = (100 * Math.min(n, m)) / Math.max(n, m) < threshold ? -n : 1;
          touched[touchedCount++] = id;
        }
      }
    });
    const bounded: { id: number; bound: number }[] = [];
    for (let k = 0; k < touchedCount; k++) {
      const id = touched[k]!;
      const bound = (100 * shared[id]!) / Math.max(n, wordIds[id]!.length);
      if (bound >= threshold) bounded.push({ id, bound });
    }
    bounded.sort((a, b) => b.bound - a.bound || a.id - b.id);

    const best: { id: number; match: Match }[] = [];
    const floor = () => (best.length >= limit ? best[best.length - 1]!.match.score : threshold);
    for (const { id, bound } of bounded) {
      if (bound < floor()) break;
      const candidate = wordIds[id]!;
      const longer = Math.max(n, candidate.length);
      // The most word edits that still score at least the floor: 100 × (1 − edits / longer) ≥ floor.
      const cap = Math.floor(((100 - floor()) * longer) / 100 + 1e-9);
      if (wordDistance(ids, candidate, cap) > cap) continue;
      const pair = pairs[id]!;
      const { score, diff } = compareTokens(tokens, tokenize(pair.original), original === pair.original);
      if (score < threshold) continue;
      best.push({ id, match: { ...pair, score, diff } });
      best.sort((a, b) => b.match.score - a.match.score || a.id - b.id);
      if (best.length > limit) best.pop();
    }
    return best.map(({ match }) => ({ ...match, score: Math.round(match.score) }));
  }

  function df(element: number): number {
    return postings[element]?.length ?? 0;
  }

  return { size: pairs.length, lookup, concordance: concordanceOver(pairs).search };
}

function idsOf(text: string, idOf: (word: string) => number): Int32Array {
  return Int32Array.from(tokenize(text).flatMap((token) => (token.word ? [idOf(token.folded)] : [])));
}

/** The sorted set elements of a text's word ids: wordId × OCCURRENCES + occurrence. */
function elementsOf(ids: Int32Array): Int32Array {
  const occurrences = new Map<number, number>();
  const elements: number[] = [];
  for (const id of ids) {
    const k = occurrences.get(id) ?? 0;
    occurrences.set(id, k + 1);
    if (k < OCCURRENCES) elements.push(id * OCCURRENCES + k);
  }
  return Int32Array.from(elements).sort();
}
