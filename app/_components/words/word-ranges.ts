/**
 * Finding Indonesian words in the page's text without wrapping each in an element: a tap is
 * turned into a caret position, and the word around it is read off the text node. Names (the
 * glossary's mentions) are elements of their own and never count as words here.
 */

/** Letters and marks, joined by hyphens (reduplication: raja-raja) or apostrophes. */
const WORD = /[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*/gu;

const outsideNames = (node: Node) => !node.parentElement?.closest('[data-term], a, button');

/** The word under a viewport point in an Indonesian block, as a Range, or undefined. */
export function wordAtPoint(x: number, y: number): Range | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode ?? document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = caret?.offset ?? document.caretRangeFromPoint?.(x, y)?.startOffset ?? 0;
  if (!node || node.nodeType !== Node.TEXT_NODE || !outsideNames(node)) return undefined;
  if (!node.parentElement?.closest('[data-segment][lang="id"]')) return undefined;
  for (const match of (node.textContent ?? '').matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start <= offset && offset <= end) return rangeOf(node, start, end);
  }
  return undefined;
}

/** Every word of a block outside its names, in reading order (for the keyboard's word cursor). */
export function wordsIn(block: Element): Range[] {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!outsideNames(node)) continue;
    for (const match of (node.textContent ?? '').matchAll(WORD))
      ranges.push(rangeOf(node, match.index, match.index + match[0].length));
  }
  return ranges;
}

function rangeOf(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}
