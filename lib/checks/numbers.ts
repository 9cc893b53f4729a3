import type { Issue } from './types';
import { readNumbers, type NumberMention } from './read-numbers';

const keyOf = (n: NumberMention) => `${n.time ? 'time ' : ''}${n.value}`;

/**
 * Numbers the translation drops or adds, compared as multisets of values so that order, format
 * and language do not matter: "Rp 1,5 triliun" is "IDR 1.5 trillion", "12 - 17 September" is
 * "September 12 to 17". A spelled number ("dua", "two") is never required, but it answers for a
 * figure the other side writes in digits.
 */
export function checkNumbers(original: string, translation: string): Issue[] {
  const source = readNumbers(original, 'id');
  const target = readNumbers(translation, 'en');
  const missing = unmatched(source, target);
  const extra = unmatched(target, source);
  return [
    ...missing.map((n) => issue('missing', n, 'original')),
    ...extra.map((n) => issue('extra', n, 'translation')),
  ];
}

/** Figures of `from` that no figure of `to` matches, then none of `to`'s spelled numbers either. */
function unmatched(from: NumberMention[], to: NumberMention[]): NumberMention[] {
  const figures = counts(to.filter((n) => !n.spelled));
  const spelled = counts(to.filter((n) => n.spelled));
  return from
    .filter((n) => !n.spelled)
    .filter((n) => !take(figures, keyOf(n)))
    .filter((n) => !take(spelled, keyOf(n)));
}

function counts(numbers: NumberMention[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const n of numbers) map.set(keyOf(n), (map.get(keyOf(n)) ?? 0) + 1);
  return map;
}

function take(map: Map<string, number>, key: string): boolean {
  const left = map.get(key) ?? 0;
  if (left > 0) map.set(key, left - 1);
  return left > 0;
}

function issue(kind: 'missing' | 'extra', n: NumberMention, side: 'original' | 'translation'): Issue {
  return {
    check: 'numbers',
    severity: 'error',
    params: { kind, text: n.text, value: n.value },
    spans: [{ side, start: n.start, end: n.end }],
  };
}
