import type { Prefix, Suffix } from './types';

/**
 * Indonesian affixes as rules of grammar (written from the grammar, not from Hunspell's affix file).
 *
 * A prefix is written in one of several forms (allomorphs) depending on the root's first sound:
 * meN- is me- before l m n r w y ny ng (melihat, menyatakan = me- + nyata + -kan), mem- before b f v
 * and in place of a dropped p (memukul ← pukul), men- before c d j z sy and in place of a dropped t
 * (menulis ← tulis), meny- in place of a dropped s (menyapu ← sapu), meng- before vowels, g h kh and
 * in place of a dropped k (mengirim ← kirim), and menge- before one-syllable roots (mengecat). peN- is
 * the same with pe-. ber-, ter- and per- lose their r before a root starting with r (berenang).
 */

export interface Allomorph {
  prefix: Prefix;
  surface: string;
  /** What the rest of the word must start with for this form to apply. */
  before: RegExp;
  /** The root's first letter that this form drops, put back to find the root. */
  restore?: string;
  /**
   * A form outside the rule, found in real use but less likely than a regular reading
   * (mem- keeping the p of a loan word: memproduksi; pe- before other consonants: petani, pekerja).
   */
  irregular?: boolean;
}

const VOWEL = /^[aeiou]/;
/** A one-syllable root: menge- + cat, bom, tik, las. */
const MONOSYLLABLE = /^[^aeiou]*[aeiou][^aeiou]*$/;

function nasal(prefix: 'meN-' | 'peN-', base: 'me' | 'pe'): Allomorph[] {
  return [
    { prefix, surface: base, before: /^(?:ny|ng|[lmnrwy])/ },
    { prefix, surface: `${base}m`, before: /^[bfv]/ },
    { prefix, surface: `${base}m`, before: VOWEL, restore: 'p' },
    { prefix, surface: `${base}m`, before: /^p/, irregular: true },
    { prefix, surface: `${base}n`, before: /^(?:sy|[cdjz])/ },
    { prefix, surface: `${base}n`, before: VOWEL, restore: 't' },
    { prefix, surface: `${base}n`, before: /^[ts]/, irregular: true },
    { prefix, surface: `${base}ny`, before: VOWEL, restore: 's' },
    { prefix, surface: `${base}ng`, before: /^(?:kh|[aeiough])/ },
    { prefix, surface: `${base}ng`, before: VOWEL, restore: 'k' },
    { prefix, surface: `${base}ng`, before: /^k/, irregular: true },
    { prefix, surface: `${base}nge`, before: MONOSYLLABLE },
  ];
}

/** Every allomorph, longest surface first so that a scan tries meng- before me-. */
export const allomorphs: readonly Allomorph[] = (
  [
    ...nasal('meN-', 'me'),
    ...nasal('peN-', 'pe'),
    // pe- before other consonants: petani, pekerja, pedagang, pejabat, petunjuk.
    { prefix: 'peN-', surface: 'pe', before: /^[bcdfghjkpstvz]/, irregular: true },
    { prefix: 'ber-', surface: 'ber', before: /^./ },
    { prefix: 'ber-', surface: 'be', before: /^(?:r|[^aeiou]er)/ }, // berenang; bekerja, beternak
    { prefix: 'ber-', surface: 'bel', before: /^ajar/ },
    { prefix: 'ter-', surface: 'ter', before: /^./ },
    { prefix: 'ter-', surface: 'te', before: /^r/ },
    { prefix: 'per-', surface: 'per', before: /^./ },
    { prefix: 'per-', surface: 'pe', before: /^r/ },
    { prefix: 'per-', surface: 'pel', before: /^ajar/ },
    { prefix: 'di-', surface: 'di', before: /^./ },
    { prefix: 'ke-', surface: 'ke', before: /^./ },
    { prefix: 'se-', surface: 'se', before: /^./ },
  ] satisfies Allomorph[]
).sort((a, b) => b.surface.length - a.surface.length);

/** Which prefix may stand inside which: memper-, diper-, member-, keber-, keter-, kese-, kepe-, pember-, berpe-, berke-. */
export const innerPrefixes: Readonly<Record<Prefix, readonly Prefix[]>> = {
  'meN-': ['per-', 'ber-'],
  'di-': ['per-', 'ber-'],
  'peN-': ['ber-'],
  'ke-': ['ber-', 'ter-', 'se-', 'peN-'],
  'ber-': ['peN-', 'ke-', 'per-'],
  'per-': ['se-'],
  'ter-': [],
  'se-': [],
};

/** The derivational suffix each outermost prefix may take (undefined: none). Verbal prefixes never take -an; ke-, peN- and se- never take -kan or -i. */
export const suffixAfterPrefix: Readonly<Record<Prefix, readonly (Suffix | undefined)[]>> = {
  'meN-': [undefined, '-kan', '-i'],
  'di-': [undefined, '-kan', '-i'],
  'ter-': [undefined, '-kan', '-i'],
  'per-': [undefined, '-kan', '-i', '-an'],
  'ber-': [undefined, '-kan', '-an'],
  'peN-': [undefined, '-an'],
  'ke-': [undefined, '-an'],
  'se-': [undefined],
};

export const derivational: readonly Suffix[] = ['-kan', '-an', '-i'];
export const possessives: readonly Suffix[] = ['-nya', '-ku', '-mu'];
export const particles: readonly Suffix[] = ['-lah', '-kah', '-pun', '-tah'];

/** ke- without -an makes ordinals (kedua, ketiga) and little else; elsewhere it is read as a preposition-like guess. */
export const ordinalRoots: ReadonlySet<string> = new Set([
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
  'seratus',
  'seribu',
]);
