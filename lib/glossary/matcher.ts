import type { LanguageCode } from '../content/types';
import type { GlossaryEntry, Mention, TextPiece } from './types';

/**
 * Finds glossary names in running text. Pure: no React, no I/O.
 *
 * Design: one trie per language over case-folded variants, built once. The scan tries
 * the trie only at word starts and keeps the longest variant that ends a word, so the
 * leftmost-longest name wins ("Korea Utara" over "Korea") in O(text × depth walked),
 * independent of the glossary size. Aho–Corasick would also avoid re-walking from each
 * word start, but names only begin at word starts and the walk stops at the first
 * character no name continues with, so the trie is simpler and as fast here.
 */

export interface MatchContext {
  /** Slug of the article being read; enables variants limited to it with `onlyIn`. */
  article?: string;
}

export interface Matcher {
  findMentions(text: string, lang: LanguageCode, context?: MatchContext): Mention[];
  segment(text: string, lang: LanguageCode, context?: MatchContext): TextPiece[];
}

interface Output {
  termId: string;
  /** Set for case-sensitive variants: the text must equal it exactly, not just after folding. */
  exact?: string;
  onlyIn?: ReadonlySet<string>;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  outputs?: Output[];
}

/** Indonesian enclitics that may follow a name inside one word ("Rusianya"); the mention excludes them. */
const ENCLITICS: Record<LanguageCode, readonly string[]> = { id: ['nya'], en: [] };

export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const roots: Record<LanguageCode, TrieNode> = { id: newNode(), en: newNode() };
  for (const entry of entries) {
    for (const lang of ['id', 'en'] as const) {
      for (const { text, caseInsensitive, onlyIn } of entry.variants[lang]) {
        insert(roots[lang], foldCase(text), {
          termId: entry.id,
          ...(caseInsensitive ? {} : { exact: text }),
          ...(onlyIn ? { onlyIn: new Set(onlyIn) } : {}),
        });
      }
    }
  }
  const findMentions = (text: string, lang: LanguageCode, context: MatchContext = {}) =>
    scan(roots[lang], text, ENCLITICS[lang], context.article);
  return {
    findMentions,
    segment: (text, lang, context) => toPieces(text, findMentions(text, lang, context)),
  };
}

/**
 * Lower-cases without moving any offset, so positions in the folded text are positions in the original.
 * `toLowerCase` never shortens a string and lengthens it only for a few letters (İ → i̇);
 * when that happens, such letters are kept as they are.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (const char of text) {
    const low = char.toLowerCase();
    folded += low.length === char.length ? low : char;
  }
  return folded;
}

function newNode(): TrieNode {
  return { next: new Map() };
}

function insert(root: TrieNode, key: string, output: Output): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) node.next.set(code, (child = newNode()));
    node = child;
  }
  (node.outputs ??= []).push(output);
}

function scan(
  root: TrieNode,
  text: string,
  enclitics: readonly string[],
  article: string | undefined,
): Mention[] {
  const folded = foldCase(text);
  const mentions: Mention[] = [];
  let previousIsWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const isWord = isWordCode(code);
    if (isWord && !previousIsWord) {
      const match = longestAt(root, text, folded, i, enclitics, article);
      if (match) {
        mentions.push({ termId: match.termId, start: i, end: match.end, text: text.slice(i, match.end) });
        // Every variant ends with a letter or digit, so the next word start is after a non-word character.
        i = match.end;
        previousIsWord = true;
        continue;
      }
    }
    previousIsWord = isWord;
    i += code > 0xffff ? 2 : 1;
  }
  return mentions;
}

function longestAt(
  root: TrieNode,
  text: string,
  folded: string,
  start: number,
  enclitics: readonly string[],
  article: string | undefined,
): { termId: string; end: number } | undefined {
  let best: { termId: string; end: number } | undefined;
  let node: TrieNode | undefined = root;
  for (let i = start; i < folded.length; i++) {
    node = node.next.get(folded.charCodeAt(i));
    if (!node) break;
    if (node.outputs && endsWord(text, folded, i + 1, enclitics)) {
      const termId = accept(node.outputs, text, start, article);
      if (termId) best = { termId, end: i + 1 };
    }
  }
  return best;
}

function accept(
  outputs: Output[],
  text: string,
  start: number,
  article: string | undefined,
): string | undefined {
  for (const { termId, exact, onlyIn } of outputs) {
    if (onlyIn && !(article !== undefined && onlyIn.has(article))) continue;
    if (exact !== undefined && !text.startsWith(exact, start)) continue;
    return termId;
  }
  return undefined;
}

function endsWord(text: string, folded: string, end: number, enclitics: readonly string[]): boolean {
  if (end >= text.length || !isWordCode(text.codePointAt(end)!)) return true;
  return enclitics.some(
    (enclitic) =>
      folded.startsWith(enclitic, end) &&
      (end + enclitic.length >= text.length || !isWordCode(text.codePointAt(end + enclitic.length)!)),
  );
}

const wordCharacter = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks (a mark after a name changes its last letter, so the name does not end there). */
function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return wordCharacter.test(String.fromCodePoint(code));
}

function toPieces(text: string, mentions: Mention[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const { termId, start, end } of mentions) {
    if (start > at) pieces.push({ text: text.slice(at, start) });
    pieces.push({ text: text.slice(start, end), termId });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
