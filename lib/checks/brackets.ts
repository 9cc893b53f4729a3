import type { Issue, Span } from './types';

const pairs: Record<string, string> = { ')': '(', ']': '[', '”': '“', '’': '‘' };
const openers = new Set(Object.values(pairs));

interface Unbalanced {
  kind: 'unclosed' | 'unopened';
  mark: string;
  at: number;
}

/**
 * Brackets and quotation marks in the translation that do not pair up. `’` closes only an open `‘`
 * and is otherwise an apostrophe ("Kim’s"); straight `'` is always taken for an apostrophe, since
 * it cannot be told from one; straight `"` pairs by count. A translation unbalanced exactly as its
 * original is not reported: news copy leaves a quotation open when it runs on into the next
 * paragraph, and the translation should follow it.
 */
export function checkBrackets(original: string, translation: string): Issue[] {
  const found = findUnbalanced(translation);
  if (found.length === 0) return [];
  const signature = (list: Unbalanced[]) => list.map((u) => `${u.kind} ${u.mark}`).join(',');
  if (signature(found) === signature(findUnbalanced(original))) return [];
  return found.map((u) => ({
    check: 'brackets',
    severity: 'warning',
    params: { kind: u.kind, mark: u.mark },
    spans: [{ side: 'translation', start: u.at, end: u.at + 1 } satisfies Span],
  }));
}

export function findUnbalanced(text: string): Unbalanced[] {
  const open: { mark: string; at: number }[] = [];
  const found: Unbalanced[] = [];
  for (let at = 0; at < text.length; at++) {
    const mark = text[at]!;
    const straightCloses = mark === '"' && open.some((o) => o.mark === '"');
    if (openers.has(mark) || (mark === '"' && !straightCloses)) {
      open.push({ mark, at });
    } else if (pairs[mark] !== undefined || straightCloses) {
      const opener = pairs[mark] ?? '"';
      const index = open.findLastIndex((o) => o.mark === opener);
      if (index >= 0) {
        // Marks opened inside the pair and never closed are unclosed: "(a “b) c".
        for (const inner of open.splice(index))
          if (inner.mark !== opener) found.push({ kind: 'unclosed', ...inner });
      } else if (mark !== '’') {
        found.push({ kind: 'unopened', mark, at });
      }
    }
  }
  for (const o of open) found.push({ kind: 'unclosed', ...o });
  return found.sort((a, b) => a.at - b.at);
}
