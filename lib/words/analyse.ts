import { candidatesOf, type Candidate } from './candidates';
import type { Lexicon } from './lexicon';
import { chooseCandidate } from './rank';
import { tokenizeWords, type Range } from './tokenize';
import type { AnalysedWord, Prefix, WordAnalysis } from './types';

/**
 * Root and affixes of Indonesian words. Pure: the lexicon is passed in (`lib/content/lexicon.ts` loads it).
 *
 * Each distinct word is analysed once per analyser and remembered, so an article costs one analysis
 * per word type; create one analyser per build (or per request in the workspace), not one per word.
 */
export interface WordAnalyser {
  analyseWord(form: string): WordAnalysis;
  /** Every word of `text` outside `exclude` (the glossary's name mentions), analysed, in order. */
  analyseText(text: string, exclude?: readonly Range[]): AnalysedWord[];
}

type Analysis = Omit<WordAnalysis, 'form'>;

export function createAnalyser(lexicon: Lexicon): WordAnalyser {
  const memo = new Map<string, Analysis>();
  const analyseWord = (form: string): WordAnalysis => {
    const key = form.toLowerCase();
    let analysis = memo.get(key);
    if (!analysis) memo.set(key, (analysis = analyse(key, lexicon)));
    return { form, ...analysis };
  };
  return {
    analyseWord,
    analyseText: (text, exclude) =>
      tokenizeWords(text, exclude).map((token) => ({ ...token, analysis: analyseWord(token.text) })),
  };
}

function analyse(word: string, lexicon: Lexicon): Analysis {
  // Typographic hyphens count as the hyphen of reduplication.
  const plain = word.replace(/[\u2010\u2011]/g, '-');
  if (!plain.includes('-')) return analyseSimple(plain, lexicon);
  // Tried before the lexicon: the word list also lists plurals whole (anak-anak), but a learner
  // is better served by "anak ×2". Doubles of no known root (kupu-kupu) stay whole below.
  const parts = plain.split('-');
  if (parts.length === 2) {
    const doubled = analyseDoubled(parts[0]!, parts[1]!, lexicon);
    if (doubled?.known) return doubled;
  }
  if (lexicon.has(plain)) return analyseSimple(plain, lexicon);
  // sayur-mayur, bolak-balik, Korea-Rusia: a compound the analyser does not take apart.
  return {
    root: plain,
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: lexicon.has(plain),
    display: plain,
  };
}

function analyseSimple(word: string, lexicon: Lexicon): Analysis {
  // Most words of a text are roots: no need to list the cuts of a word the lexicon has.
  if (lexicon.has(word))
    return { root: word, prefixes: [], suffixes: [], reduplicated: false, known: true, display: word };
  const { best, known } = chooseCandidate(candidatesOf(word), lexicon);
  return {
    root: best.root,
    prefixes: best.prefixes.map((p) => p.prefix),
    suffixes: best.suffixes,
    reduplicated: false,
    known,
    display: describe(best, best.root),
  };
}

/**
 * A doubled root, affixed around the pair (sebesar-besarnya, berlari-lari, kemerah-merahan),
 * doubled whole (negara-negara, peraturan-peraturan) or affixed on the second half (tolong-menolong).
 * Shown with ×2 on the doubled part: "ber- + lari ×2", "(per- + atur + -an) ×2", "tolong + men- + tolong".
 */
function analyseDoubled(left: string, right: string, lexicon: Lexicon): Analysis | undefined {
  const l = chooseCandidate(candidatesOf(left), lexicon);
  if (left === right) {
    const display = describe(l.best, l.best.root);
    const wrapped = l.best.prefixes.length + l.best.suffixes.length > 0 ? `(${display})` : display;
    return { ...fields(l.best, l.known), display: `${wrapped} ×2` };
  }
  const r = chooseCandidate(candidatesOf(right), lexicon);
  if (l.best.root !== r.best.root || !(l.known || r.known)) return undefined;
  const root = l.best.root;
  if (l.best.prefixes.length === 0 && l.best.suffixes.length === 0)
    return { ...fields(r.best, l.known || r.known), display: `${root} + ${describe(r.best, root)}` };
  // The affixes sit around the pair: prefixes from the left half, suffixes from the right.
  const around: Candidate = {
    root,
    prefixes: l.best.prefixes,
    suffixes: [...l.best.suffixes, ...r.best.suffixes],
  };
  return { ...fields(around, l.known || r.known), display: describe(around, `${root} ×2`) };
}

function fields(candidate: Candidate, known: boolean): Omit<Analysis, 'display'> {
  return {
    root: candidate.root,
    prefixes: candidate.prefixes.map((p): Prefix => p.prefix),
    suffixes: candidate.suffixes,
    reduplicated: true,
    known,
  };
}

/** "di- + sepakat + -i": prefixes as written, the root (or what stands for it), suffixes. */
function describe({ prefixes, suffixes }: Candidate, core: string): string {
  return [...prefixes.map((p) => `${p.surface}-`), core, ...suffixes].join(' + ');
}
