import {
  allomorphs,
  derivational,
  innerPrefixes,
  particles,
  possessives,
  suffixAfterPrefix,
  type Allomorph,
} from './affixes';
import type { Suffix } from './types';

/** One way to cut a word into prefixes, a root and suffixes, allowed by the grammar; the lexicon picks among them. */
export interface Candidate {
  root: string;
  /** Outermost first, as written in the word. */
  prefixes: Allomorph[];
  /** Innermost first. */
  suffixes: Suffix[];
}

const MIN_ROOT = 2;

/** Allomorphs by their first letter, and the inner ones each prefix may hold: built once, so a word tries only the few that can fit. */
const byFirstLetter = new Map<string, Allomorph[]>();
for (const allomorph of allomorphs) {
  const list = byFirstLetter.get(allomorph.surface[0]!) ?? [];
  list.push(allomorph);
  byFirstLetter.set(allomorph.surface[0]!, list);
}
/** An outer prefix before an inner one keeps the inner's first letter by rule (mem- + per-): the same form, not irregular. */
const asOuter = new Map(allomorphs.map((a) => [a, a.irregular ? { ...a, irregular: false } : a]));
const innerOf = new Map(
  Object.entries(innerPrefixes).map(([outer, inner]) => [
    outer,
    allomorphs.filter((a) => inner.includes(a.prefix)),
  ]),
);

/** Every cut of a lower-case, unhyphenated word that the affix rules allow, the word itself first. */
export function candidatesOf(word: string): Candidate[] {
  const found: Candidate[] = [];
  for (const { stem, suffixes } of suffixSplits(word)) {
    found.push({ root: stem, prefixes: [], suffixes });
    const derived = suffixes.find((suffix) => derivational.includes(suffix));
    for (const outer of byFirstLetter.get(stem[0]!) ?? []) {
      if (!suffixAfterPrefix[outer.prefix].includes(derived)) continue;
      const rest = after(stem, outer);
      if (rest === undefined) continue;
      const root = (outer.restore ?? '') + rest;
      if (root.length >= MIN_ROOT) found.push({ root, prefixes: [outer], suffixes });
      // A prefix inside another attaches to the root; the outer one then keeps the inner's first letter
      // (memperbaiki: mem- before per-), which is the rule there, not an irregularity.
      if (outer.restore) continue;
      for (const inner of innerOf.get(outer.prefix) ?? []) {
        if (!rest.startsWith(inner.surface)) continue;
        const innerRest = after(rest, inner);
        if (innerRest === undefined) continue;
        const innerRoot = (inner.restore ?? '') + innerRest;
        if (innerRoot.length < MIN_ROOT) continue;
        found.push({ root: innerRoot, prefixes: [asOuter.get(outer)!, inner], suffixes });
      }
    }
  }
  return found;
}

/** The rest of `stem` after the allomorph, if the stem starts with it and the rest fits its context. */
function after(stem: string, allomorph: Allomorph): string | undefined {
  if (!stem.startsWith(allomorph.surface)) return undefined;
  const rest = stem.slice(allomorph.surface.length);
  return allomorph.before.test(rest) ? rest : undefined;
}

/** The word with no suffix, then with a particle, a possessive and a derivational suffix peeled from the end in that order. */
function suffixSplits(word: string): { stem: string; suffixes: Suffix[] }[] {
  let splits: { stem: string; suffixes: Suffix[] }[] = [{ stem: word, suffixes: [] }];
  for (const layer of [particles, possessives, derivational]) {
    const peeled: typeof splits = [];
    for (const split of splits) {
      for (const suffix of layer) {
        const letters = suffix.slice(1);
        if (split.stem.length - letters.length >= MIN_ROOT && split.stem.endsWith(letters))
          peeled.push({ stem: split.stem.slice(0, -letters.length), suffixes: [suffix, ...split.suffixes] });
      }
    }
    splits = [...splits, ...peeled];
  }
  return splits;
}
