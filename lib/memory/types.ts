/** Where a pair came from, so the editor can link a match back to it. */
export type MemorySource =
  { kind: 'article'; slug: string; segment: string } | { kind: 'tmx'; file: string; unit: string };

export interface MemoryPair {
  original: string;
  translation: string;
  source: MemorySource;
}

/**
 * One step from the match's original to the query: `equal` text both share, `delete` text only the
 * match's original has, `insert` text only the query has. Tokens are words or single punctuation
 * marks; a word differing only in case or accents is a `delete` and an `insert`, so it shows.
 */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface Match extends MemoryPair {
  /** 0–100: word-level edit similarity, less up to 5 for case, accent and punctuation differences; 100 only for identical text. */
  score: number;
  diff: DiffOp[];
}

/** `[start, end)` in UTF-16 code units of the pair's own text, as String#slice takes them. */
export interface Range {
  start: number;
  end: number;
}

export interface Hit extends MemoryPair {
  ranges: { original: Range[]; translation: Range[] };
}

export interface LookupOptions {
  /** At most this many matches, best first; 5 unless told. */
  limit?: number;
  /** Matches scoring below this are not returned; 50 unless told, and at least 1. */
  minScore?: number;
}

export interface ConcordanceOptions {
  /** At most this many hits, in corpus order; 20 unless told. */
  limit?: number;
  /** Only where the query starts and ends on word boundaries: "kim" then misses "Kimia". */
  wholeWords?: boolean;
}

export interface Memory {
  readonly size: number;
  lookup(original: string, options?: LookupOptions): Match[];
  concordance(query: string, options?: ConcordanceOptions): Hit[];
}
