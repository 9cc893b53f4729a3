import { z } from 'zod';
import { MAX_SEGMENT_CHARS } from './limits';
import { isBlank, textProblem, type TextRules } from './policy';

/**
 * A string the text policy accepts, for every zod schema of stored content, so `check`, import
 * and merge refuse the same texts. Longer than a segment may be is refused here too: no stored
 * string (a note, a name) has a reason to be longer than the longest paragraph.
 */
export function policyText(rules: TextRules = {}) {
  return z.string().superRefine((text, context) => {
    if (text.length > MAX_SEGMENT_CHARS) {
      context.addIssue({
        code: 'custom',
        message: `is longer than ${MAX_SEGMENT_CHARS} characters (${text.length})`,
      });
      return;
    }
    const problem = textProblem(text, rules);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
}

/** A policy text with something visible in it: not empty, not whitespace, not only invisible characters. */
export function visibleText(rules: TextRules = {}, emptyMessage = 'must not be empty') {
  return policyText(rules).refine((text) => !isBlank(text), emptyMessage);
}
