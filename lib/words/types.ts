/** Domain types of word analysis: what a reader's word card shows about one Indonesian word. */

/** Prefixes by their dictionary name; meN- and peN- stand for every nasal form (me-, mem-, men-, meny-, meng-, menge-). */
export const prefixes = ['meN-', 'peN-', 'ber-', 'di-', 'ter-', 'ke-', 'per-', 'se-'] as const;
export type Prefix = (typeof prefixes)[number];

/** Derivational suffixes, then possessive enclitics, then particles: the order they stack in. */
export const suffixes = ['-kan', '-i', '-an', '-nya', '-ku', '-mu', '-lah', '-kah', '-pun', '-tah'] as const;
export type Suffix = (typeof suffixes)[number];

export interface WordAnalysis {
  /** The word as written, e.g. "Disepakati". */
  form: string;
  /** The root in lower case, e.g. "sepakat". */
  root: string;
  /** Outermost first: memperbaiki → ["meN-", "per-"]. */
  prefixes: Prefix[];
  /** Innermost first: kepuasannya → ["-an", "-nya"]. */
  suffixes: Suffix[];
  /** The root is doubled: negara-negara, berlari-lari, sebesar-besarnya. */
  reduplicated: boolean;
  /** The root is in the lexicon; false means the affixes were stripped by rule alone (or none were found). */
  known: boolean;
  /**
   * The pieces as written, for a learner: "di- + sepakat + -i", "meny- + sapu", "me- + nyata + -kan".
   * Prefixes appear in the form the word uses, so a dropped letter shows as a change of root
   * ("men- + tulis" for menulis) rather than as the notation meN-.
   */
  display: string;
}

/** One word of a text: UTF-16 offsets, `text === source.slice(start, end)`. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

export interface AnalysedWord extends WordToken {
  analysis: WordAnalysis;
}
