import { concordanceOver, type Concordance } from './concordance';
import { compareTokens } from './similarity';
import { foldedWords, tokenize } from './tokens';
import type { LookupOptions, Match, Memory, MemoryPair } from './types';

/** A word's k-th occurrence in a text is its own set element, so sets intersect as multisets do. */
const OCCURRENCES = 64;

interface Indexed {
  pair: MemoryPair;
  /** Sorted element keys of the folded words: wordId × OCCURRENCES + occurrence. */
  elements: Int32Array;
}

/**
 * A translation memory over `pairs`, built once. Lookup is exact, not approximate: it returns what
 * scoring every pair would, best first, but scores few of them. Levenshtein over words is at least
 * max(n, m) − |common words|, so a pair's score is at most 100 × common / max(n, m), and a pair
 * that can reach `minScore` shares at least t = ⌈minScore × n / 100⌉ of the query's n words. Any
 * such pair holds one of the query's n − t + 1 rarest words (prefix filtering, as in set-similarity
 * joins), so only those words' postings are read: the common ones ("yang", "dan") never are.
 * Candidates are then scored in order of their bound until the bound falls below the limit-th
 * best score.
 */
export function createMemory(pairs: readonly MemoryPair[]): Memory {
  const vocabulary = new Map<string, number>();
  const postings: number[][] = [];
  const indexed: Indexed[] = pairs.map((pair, id) => {
    const elements = elementsOf(foldedWords(pair.original), (word) => {
      let wordId = vocabulary.get(word);
      if (wordId === undefined) vocabulary.set(word, (wordId = vocabulary.size));
      return wordId;
    });
    for (const element of elements) (postings[element] ??= []).push(id);
    return { pair, elements };
  });
  const concordance: Concordance = concordanceOver(pairs);

  function lookup(original: string, { limit = 5, minScore = 50 }: LookupOptions = {}): Match[] {
    const tokens = tokenize(original);
    // Words the memory has never seen match nothing; they still count towards the query's length.
    const query = elementsOf(
      tokens.filter((t) => t.word).map((t) => t.folded),
      (word) => vocabulary.get(word) ?? -1,
    );
    const n = tokens.filter((t) => t.word).length;
    if (n === 0 || limit <= 0) return [];
    const needed = Math.max(1, Math.ceil((Math.max(minScore, 1) * n) / 100 - 1e-9));
    // Unknown words are the rarest of all (in no posting), so they fill the prefix first.
    const prefixLength = n - needed + 1 - (n - query.length);
    if (prefixLength <= 0) return [];
    const prefix = [...query].sort((a, b) => df(a) - df(b)).slice(0, prefixLength);

    const candidates = new Set<number>();
    for (const element of prefix) for (const id of postings[element] ?? []) candidates.add(id);
    const bounded: { id: number; bound: number }[] = [];
    for (const id of candidates) {
      const { elements } = indexed[id]!;
      const bound = (100 * common(query, elements)) / Math.max(n, elements.length);
      if (bound >= minScore) bounded.push({ id, bound });
    }
    bounded.sort((a, b) => b.bound - a.bound || a.id - b.id);

    const best: { id: number; match: Match }[] = [];
    for (const { id, bound } of bounded) {
      if (best.length >= limit && bound < best[best.length - 1]!.match.score) break;
      const { pair } = indexed[id]!;
      const { score, diff } = compareTokens(tokens, tokenize(pair.original), original === pair.original);
      if (score < minScore) continue;
      best.push({ id, match: { ...pair, score, diff } });
      best.sort((a, b) => b.match.score - a.match.score || a.id - b.id);
      if (best.length > limit) best.pop();
    }
    return best.map(({ match }) => ({ ...match, score: Math.round(match.score) }));
  }

  function df(element: number): number {
    return postings[element]?.length ?? 0;
  }

  return { size: pairs.length, lookup, concordance: concordance.search };
}

/** Sorted element keys for a list of words; a word `idOf` maps below 0 is left out. */
function elementsOf(words: string[], idOf: (word: string) => number): Int32Array {
  const seen = new Map<number, number>();
  const elements: number[] = [];
  for (const word of words) {
    const id = idOf(word);
    if (id < 0) continue;
    const k = seen.get(id) ?? 0;
    seen.set(id, k + 1);
    if (k < OCCURRENCES) elements.push(id * OCCURRENCES + k);
  }
  return Int32Array.from(elements).sort();
}

/** |a ∩ b| of two sorted arrays, by merging. */
function common(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared;
}
