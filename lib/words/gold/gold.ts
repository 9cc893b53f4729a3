import type { Prefix, Suffix, WordAnalysis } from '../types';

/** One line of affixed-words.txt: a word and the analysis a careful reader would give it. */
export interface GoldWord {
  form: string;
  root: string;
  prefixes: Prefix[];
  suffixes: Suffix[];
  reduplicated: boolean;
}

/** Parses affixed-words.txt (format in its header); a malformed line throws, naming its number. */
export function parseGold(text: string): GoldWord[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim() || line.startsWith('#')) return [];
    const [form, root, prefixes, suffixes, flag, ...rest] = line.trim().split(/\s+/);
    if (!form || !root || !prefixes || !suffixes || rest.length > 0 || (flag && flag !== 'R'))
      throw new Error(`affixed-words.txt line ${index + 1}: expected "form root prefixes suffixes [R]"`);
    const list = (field: string, mark: (s: string) => string) =>
      field === '-' ? [] : field.split(',').map(mark);
    return [
      {
        form,
        root,
        prefixes: list(prefixes, (p) => `${p}-`) as Prefix[],
        suffixes: list(suffixes, (s) => `-${s}`) as Suffix[],
        reduplicated: flag === 'R',
      },
    ];
  });
}

export interface GoldScore {
  total: number;
  rootsRight: number;
  affixesRight: number;
  misses: { form: string; expected: string; got: string }[];
}

/** Roots are the headline figure (the glossary matches through them); affixes are counted apart. */
export function scoreGold(gold: readonly GoldWord[], analyse: (form: string) => WordAnalysis): GoldScore {
  const score: GoldScore = { total: gold.length, rootsRight: 0, affixesRight: 0, misses: [] };
  for (const word of gold) {
    const got = analyse(word.form);
    const rootRight = got.root === word.root;
    const affixesRight =
      rootRight &&
      got.prefixes.join() === word.prefixes.join() &&
      got.suffixes.join() === word.suffixes.join() &&
      got.reduplicated === word.reduplicated;
    if (rootRight) score.rootsRight++;
    if (affixesRight) score.affixesRight++;
    if (!affixesRight)
      score.misses.push({
        form: word.form,
        expected: describeGold(word),
        got: `${got.display} [${got.root}]`,
      });
  }
  return score;
}

function describeGold({ root, prefixes, suffixes, reduplicated }: GoldWord): string {
  return [...prefixes, reduplicated ? `${root} ×2` : root, ...suffixes].join(' + ');
}
