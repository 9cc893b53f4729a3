import type { AlignmentOverride } from '../align';
import type { TranslationStatus } from '../content/types';
import type { Matcher } from '../glossary/matcher';

/** The text an issue points into, and where: `[start, end)` in UTF-16 code units, as String#slice. */
export interface Span {
  side: 'original' | 'translation';
  start: number;
  end: number;
}

/**
 * What each check reports, as data rather than English: the UI translates `check` + `params`
 * through its message catalogue, the CLI through `formatIssue`. Adding a check means adding a
 * key here, so a formatter that forgets it fails to compile.
 */
export interface IssueParams {
  /** `text` as the side that has it writes the number; `value` as read, e.g. "1,5 juta" → 1500000. */
  numbers: { kind: 'missing' | 'extra'; text: string; value: number };
  identical: Record<string, never>;
  brackets: { kind: 'unclosed' | 'unopened'; mark: string };
  'final-punctuation': { original: string; translation: string };
  spacing: { kind: 'double' | 'leading' | 'trailing' };
  'repeated-word': { word: string };
  'sentence-pairing': { original: number; translation: number; unpaired: 'original' | 'translation' };
  glossary: { termId: string; name: string };
}

export type CheckId = keyof IssueParams;

/**
 * Every check id, for validating a stored `dismissed` list (`z.enum(checkIds)`). Written as an
 * object first so that adding a check to IssueParams without listing it here fails to compile.
 */
const listed: Record<CheckId, true> = {
  numbers: true,
  glossary: true,
  identical: true,
  'sentence-pairing': true,
  brackets: true,
  'final-punctuation': true,
  'repeated-word': true,
  spacing: true,
};
export const checkIds = Object.keys(listed) as CheckId[];
export type Severity = 'error' | 'warning';

/** One finding; a union over check ids so that `params` narrows with `check`. */
export type Issue = {
  [C in CheckId]: { check: C; severity: Severity; params: IssueParams[C]; spans?: Span[] };
}[CheckId];

/** The segment as the editor holds it while typing, or as the CLI loads it. */
export interface SegmentToCheck {
  id: string;
  original: string;
  translation: string;
  status: TranslationStatus;
  /** Warnings the translator has dismissed for this segment; errors cannot be dismissed. */
  dismissed?: readonly CheckId[];
  /** The author's correction of the sentence alignment, if the segment has one. */
  alignment?: AlignmentOverride;
}

export interface CheckContext {
  /** Without a matcher the glossary check is skipped, e.g. before the glossary has loaded in the browser. */
  matcher?: Matcher;
  /** The article's slug, which enables glossary variants limited to it with `onlyIn`. */
  article?: string;
}
