import type { Issue } from './types';

/** Closing quotes and brackets that may follow the final mark: `."`, `?”`, `.)`. */
const closers = /["'”’)\]»›\s]+$/u;
const finals = /(?:\.\.\.|[.?!:;…])$/u;

/** The mark a text ends with, "…" for "...", or "" for none. */
export function finalMark(text: string): string {
  const mark = finals.exec(text.replace(closers, ''))?.[0] ?? '';
  return mark === '...' ? '…' : mark;
}

/** A translation that ends differently from its original: a question turned statement, a lost full stop. */
export function checkFinalPunctuation(original: string, translation: string): Issue[] {
  if (translation.trim() === '') return [];
  const [from, to] = [finalMark(original), finalMark(translation)];
  if (from === to) return [];
  return [{ check: 'final-punctuation', severity: 'warning', params: { original: from, translation: to } }];
}
