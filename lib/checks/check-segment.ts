import { checkBrackets } from './brackets';
import { checkFinalPunctuation } from './final-punctuation';
import { checkGlossary } from './glossary';
import { checkIdentical } from './identical';
import { checkNumbers } from './numbers';
import { checkRepeatedWord } from './repeated-word';
import { checkSentencePairing } from './sentence-pairing';
import { checkSpacing } from './spacing';
import type { CheckContext, Issue, SegmentToCheck } from './types';

/**
 * Every quality check on one segment pair, in the order a reader meets their subjects: content
 * (numbers, names, an untranslated text), then form. Pure and synchronous, so the CLI runs it over
 * files and the editor on each keystroke. An empty translation has nothing to check; a non-empty
 * one is checked whatever its status, drafts included. Dismissed warnings are dropped here, so no
 * caller can forget to; errors cannot be dismissed.
 */
export function checkSegment(segment: SegmentToCheck, context: CheckContext = {}): Issue[] {
  const { original, translation } = segment;
  if (translation.trim() === '') return [];
  const issues = [
    ...checkNumbers(original, translation),
    ...(context.matcher ? checkGlossary(segment, context.matcher, context.article) : []),
    ...checkIdentical(original, translation),
    ...checkSentencePairing(original, translation, segment.alignment),
    ...checkBrackets(original, translation),
    ...checkFinalPunctuation(original, translation),
    ...checkRepeatedWord(translation),
    ...checkSpacing(translation),
  ];
  const dismissed = new Set(segment.dismissed ?? []);
  return issues.filter((issue) => issue.severity === 'error' || !dismissed.has(issue.check));
}

/** Errors keep a segment from being marked reviewed; warnings do not. */
export function blocksReview(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
