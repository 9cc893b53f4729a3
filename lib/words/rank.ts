import { ordinalRoots } from './affixes';
import type { Candidate } from './candidates';
import type { Lexicon } from './lexicon';

/**
 * Chooses one cut of a word, deterministically. Candidates are compared on these keys in order,
 * each deciding only when the ones before it tie:
 *
 * 1. The root is in the lexicon. (menyatakan: me- + nyata, not meny- + "sata".)
 * 2. The word list says the root takes the outermost prefix, or the bare suffix. (mengaku: aku takes
 *    meN-, kaku only ke-…-an.)
 * 3. Every prefix form is regular. (pe- before t in petani is real but rare; memproduksi keeps its p.)
 * 4. No stack of prefixes: memper-, keber- are the marked case. (memberikan: mem- + beri + -kan,
 *    not mem- + ber- + "ikan".)
 * 5. The more productive root: the one the word list allows more prefix families. (mengundang:
 *    undang takes ber-, di-, meN-, peN-; kundang, a name of legend, only ber- and meN-. memakan:
 *    makan, not pakan.)
 * 6. The longer root: the reading that strips fewer letters. (mengetik: ketik, not tik; berupa: rupa,
 *    not upa.)
 * 7. Fewer affixes.
 * 8. No dropped letter restored.
 * 9. The earlier candidate, in the fixed order `candidatesOf` lists them.
 *
 * Before scoring, a candidate is dropped when its root is itself a derived word of the lexicon that
 * another candidate takes apart: the word list lists some derivatives as headwords (sepenuh, perhati,
 * bicarakan), and inside a longer word they are read through to their root (sepenuhnya: se- + penuh +
 * -nya). See `isDerivedRoot`.
 *
 * A word that is itself in the lexicon is never cut: the word list holds roots, so "pesawat" stays
 * pesawat (not pe- + sawat) and "bukan" stays bukan.
 *
 * When no root is known, a cut is still made, but only a safe one (a regular meN-, peN-, ber-, di- or ter-
 * leaving at least four letters, -kan, or a -nya/-lah/-kah/-pun clitic), so that berkolaborasi gives kolaborasi
 * even if the lexicon lacks it while a name like "Separation" is left whole.
 */
export function chooseCandidate(
  candidates: readonly Candidate[],
  lexicon: Lexicon,
): { best: Candidate; known: boolean } {
  const whole = candidates[0]!;
  if (lexicon.has(whole.root)) return { best: whole, known: true };
  let best: Candidate | undefined;
  let bestScore: number[] | undefined;
  const known: Candidate[] = [];
  for (const candidate of candidates) if (lexicon.has(candidate.root)) known.push(candidate);
  for (const candidate of known) {
    if (known.some((other) => isDerivedRoot(candidate, other, lexicon))) continue;
    const score = scoreOf(candidate, lexicon);
    if (!bestScore || isBetter(score, bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  if (best) return { best, known: true };
  return { best: fallback(candidates) ?? whole, known: false };
}

/** Prefixes that build nouns and adverbs from roots, the kind a word list lists as headwords. */
const DERIVING = new Set(['se-', 'ke-', 'per-', 'ber-', 'ter-', 'di-']);

/**
 * Whether `deeper` takes `candidate`'s root apart with one more regular affix the lexicon allows:
 * one more prefix (se- + penuh inside sepenuh) or one more suffix (bicara + -kan inside bicarakan,
 * keeping at least four letters so that makan is never ma + -kan). meN- is left out: "mereka" would
 * otherwise read as me- + reka.
 */
function isDerivedRoot(candidate: Candidate, deeper: Candidate, lexicon: Lexicon): boolean {
  const { prefixes, suffixes } = candidate;
  const extraPrefix =
    deeper.prefixes.length === prefixes.length + 1 &&
    sameList(deeper.suffixes, suffixes) &&
    prefixes.every((prefix, i) => prefix.prefix === deeper.prefixes[i]!.prefix);
  if (extraPrefix) {
    const added = deeper.prefixes[prefixes.length]!;
    return (
      DERIVING.has(added.prefix) &&
      !added.irregular &&
      !added.restore &&
      lexicon.allows(deeper.root, added.prefix)
    );
  }
  const extraSuffix =
    deeper.suffixes.length === suffixes.length + 1 &&
    deeper.prefixes.length === prefixes.length &&
    deeper.prefixes.every((prefix, i) => prefix.surface === prefixes[i]!.surface) &&
    deeper.suffixes.every((suffix, i) => i === 0 || suffix === suffixes[i - 1]) &&
    candidate.root === deeper.root + deeper.suffixes[0]!.slice(1);
  if (!extraSuffix || deeper.root.length < 4) return false;
  const outer = deeper.prefixes[0];
  return outer
    ? lexicon.allows(deeper.root, outer.prefix)
    : lexicon.allows(deeper.root, undefined, deeper.suffixes[0]);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function scoreOf(candidate: Candidate, lexicon: Lexicon): number[] {
  const { root, prefixes, suffixes } = candidate;
  const outer = prefixes[0];
  const licensed = outer
    ? prefixes.some((prefix) => lexicon.allows(root, prefix.prefix))
    : lexicon.allows(root, undefined, suffixes[0]);
  return [
    licensed ? 1 : 0,
    isRegular(candidate) ? 1 : 0,
    -Math.max(0, prefixes.length - 1),
    lexicon.productivity(root),
    root.length,
    -(prefixes.length + suffixes.length),
    prefixes.some((prefix) => prefix.restore) ? 0 : 1,
  ];
}

/** ke- alone makes ordinals (kedua); with any other root it is read only if nothing else fits. */
function isRegular({ root, prefixes, suffixes }: Candidate): boolean {
  if (prefixes.some((prefix) => prefix.irregular)) return false;
  const loneKe = prefixes.length === 1 && prefixes[0]!.prefix === 'ke-' && !suffixes.includes('-an');
  return !loneKe || ordinalRoots.has(root);
}

function isBetter(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

const SAFE_PREFIXES = new Set(['meN-', 'peN-', 'ber-', 'di-', 'ter-']);
/** -i and -an are left on unknown words: loan words end in them (organisasi, monetisasi, ekspansi, demonstran). */
const SAFE_SUFFIXES = new Set(['-kan', '-nya', '-lah', '-kah', '-pun']);
const CLITICS = new Set(['-nya', '-lah', '-kah', '-pun']);

function fallback(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore: number[] | undefined;
  for (const candidate of candidates) {
    const { root, prefixes, suffixes } = candidate;
    if (root.length < 4 || candidate === candidates[0] || !isRegular(candidate)) continue;
    if (prefixes.length > 1 || prefixes.some((prefix) => !SAFE_PREFIXES.has(prefix.prefix) || prefix.restore))
      continue;
    if (!suffixes.every((suffix) => SAFE_SUFFIXES.has(suffix))) continue;
    if (prefixes.length === 0 && !suffixes.every((suffix) => CLITICS.has(suffix))) continue;
    // The most affixes explained, then the longest prefix form (meng- + optimasi, not me- + "ngoptimasi").
    const score = [prefixes.length + suffixes.length, prefixes[0]?.surface.length ?? 0, root.length];
    if (!bestScore || isBetter(score, bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
