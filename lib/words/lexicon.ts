import type { Prefix } from './types';

/**
 * The root lexicon: every root the Hunspell word list (data/hunspell-id.dic) knows, with the prefix
 * families its flags allow. Pure: `lib/content/lexicon.ts` reads the file; this parses the text.
 *
 * Only each flag's first letter is read. In hunspell-id a flag's first letter names the prefix
 * (`Mk` is meN-…-kan, `Ka` ke-…-an) and lower-case flags are bare suffixes (`a0` -an, `k0` -kan, `i0` -i).
 * That is enough to prefer "aku" over "kaku" for mengaku (kaku takes only ke-…-an), without
 * shipping or expanding the GPL affix file (see data/SOURCE.md).
 */

export interface Lexicon {
  has(word: string): boolean;
  /** Whether the word list says `root` takes this prefix (or, for `undefined`, this bare suffix). */
  allows(root: string, prefix: Prefix | undefined, suffix?: string): boolean;
  /** How many prefix families the word list allows the root: a rough measure of how productive (and common) it is. */
  productivity(root: string): number;
  readonly size: number;
}

const PREFIX_BITS: Record<string, number> = { B: 1, D: 2, M: 4, P: 8, K: 16, R: 32, T: 64, S: 128 };
const SUFFIX_BITS: Record<string, number> = { a: 256, k: 512, i: 1024 };
const BIT_OF_PREFIX: Record<Prefix, number> = {
  'ber-': 1,
  'di-': 2,
  'meN-': 4,
  'peN-': 8,
  'ke-': 16,
  'per-': 32,
  'ter-': 64,
  'se-': 128,
};
const BIT_OF_SUFFIX: Record<string, number> = { '-an': 256, '-kan': 512, '-i': 1024 };

export function parseLexicon(text: string): Lexicon {
  const flags = new Map<string, number>();
  const lines = text.split('\n');
  // The first line of a .dic is its entry count.
  for (let i = /^\d+\s*$/.test(lines[0] ?? '') ? 1 : 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).toLowerCase();
    const bits = slash < 0 ? 0 : flagBits(line.slice(slash + 1));
    // A word listed twice (a proper noun and a common one) takes the affixes of both.
    flags.set(word, (flags.get(word) ?? 0) | bits);
  }
  return {
    has: (word) => flags.has(word),
    allows(root, prefix, suffix) {
      const bits = flags.get(root) ?? 0;
      if (prefix) return (bits & BIT_OF_PREFIX[prefix]) !== 0;
      const bit = suffix ? BIT_OF_SUFFIX[suffix] : undefined;
      return bit === undefined || (bits & bit) !== 0;
    },
    productivity(root) {
      let bits = (flags.get(root) ?? 0) & 255;
      let count = 0;
      for (; bits; bits &= bits - 1) count++;
      return count;
    },
    size: flags.size,
  };
}

/** Hunspell `FLAG long`: two characters a flag. */
function flagBits(flags: string): number {
  let bits = 0;
  for (let i = 0; i < flags.length; i += 2) {
    const first = flags[i]!;
    bits |= PREFIX_BITS[first] ?? SUFFIX_BITS[first] ?? 0;
  }
  return bits;
}
