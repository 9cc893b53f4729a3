import type { Language } from './sentences';

/**
 * Words that end in a full stop without ending a sentence, lower-cased and without their final dot.
 * Dotted forms such as "a.n.", "s.d.", "U.S.", "e.g." need no entry, because every token made
 * only of single letters joined by dots is treated as an abbreviation (see `isAbbreviation`).
 *
 * "dll." (dan lain-lain), "dsb.", "dst." and "etc." are left out on purpose: they close lists, and
 * lists often close sentences, so "… dll. Pemerintah …" should split. Like any word, they never
 * split before a lower-case continuation ("dll. dan …").
 */
const shared = words('dr prof no st vol');

const byLanguage: Record<Language, ReadonlySet<string>> = {
  id: new Set([
    ...shared,
    ...words('bpk jl jln dkk tn ny nn sdr tgl hlm rp kec kab kel drs ir kol jend brigjen mayjen letjen'),
    ...words('kapt pol ust kh yth'),
  ]),
  en: new Set([
    ...shared,
    ...words('mr mrs ms jr sr gen col lt sgt gov sen rep rev mt ave vs inc ltd co corp approx fig'),
    ...words('jan feb mar apr jun jul aug sep sept oct nov dec'),
  ]),
};

/**
 * "No." abbreviates "number" only before a numeral ("No. 5"); before anything else it may be
 * the word "no" ending a sentence ("The answer was no. Then…").
 */
const onlyBeforeNumerals = new Set(['no']);

/** `word` is the run of letters and dots before the full stop, without that stop. */
export function isAbbreviation(word: string, lang: Language, next: string): boolean {
  if (word === '') return false;
  // Initials: "J. Smith", "H. Ahmad". A lone capital seldom ends a sentence in news prose.
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted letters: "a.n", "s.d", "U.S", "e.g", "i.e" (the final dot is already removed).
  if (/^\p{L}(?:\.\p{L})+$/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (!byLanguage[lang].has(lower)) return false;
  return onlyBeforeNumerals.has(lower) ? /^\s*\d/.test(next) : true;
}

function words(list: string): string[] {
  return list.split(' ');
}
