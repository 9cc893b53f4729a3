/**
 * Where a glossary card goes: never over the sentence being read (the reading issue). On a wide
 * screen it floats beside the name's block, over the other column or the gutter, at the name's
 * height; failing that, below or above the sentence. When none of those fits in the viewport (a
 * phone), it is a bottom sheet, and the reader scrolls the sentence clear of it.
 * Pure geometry, so the rule is tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type Placement = { mode: 'float'; left: number; top: number } | { mode: 'sheet' };

export interface PlacementInput {
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** The block (paragraph column) holding the name. */
  block: Box;
  /** The line boxes of the sentence holding the name: the card may cover none of them. */
  lines: Box[];
  name: Box;
}

/** Narrower than this, a card is a bottom sheet: beside a phone's single column there is no room. */
export const SHEET_BELOW_PX = 640;
const MARGIN = 8;
const GAP = 12;

const intersects = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function union(boxes: Box[]): Box {
  return boxes.reduce((all, box) => ({
    left: Math.min(all.left, box.left),
    top: Math.min(all.top, box.top),
    right: Math.max(all.right, box.right),
    bottom: Math.max(all.bottom, box.bottom),
  }));
}

export function placeCard({ card, viewport, block, lines, name }: PlacementInput): Placement {
  if (viewport.width < SHEET_BELOW_PX || lines.length === 0) return { mode: 'sheet' };
  const clamp = (value: number, max: number) => Math.max(MARGIN, Math.min(value, max - MARGIN));
  const atNameHeight = clamp(name.top - MARGIN, viewport.height - card.height);
  const alongName = clamp(name.left, viewport.width - card.width);
  const sentence = union(lines);
  const candidates = [
    { left: block.right + GAP, top: atNameHeight },
    { left: block.left - GAP - card.width, top: atNameHeight },
    { left: alongName, top: sentence.bottom + GAP },
    { left: alongName, top: sentence.top - GAP - card.height },
  ];
  for (const { left, top } of candidates) {
    const box = { left, top, right: left + card.width, bottom: top + card.height };
    const fits =
      box.left >= MARGIN &&
      box.top >= MARGIN &&
      box.right <= viewport.width - MARGIN &&
      box.bottom <= viewport.height - MARGIN;
    if (fits && !lines.some((line) => intersects(box, line))) return { mode: 'float', left, top };
  }
  return { mode: 'sheet' };
}

/**
 * How far to scroll so that the sentence sits above a bottom sheet of `sheetTop` (viewport
 * coordinates): 0 when it already does, else enough to lift its last line clear, never so far
 * that its first line leaves the top.
 */
export function scrollClearOfSheet(lines: Box[], sheetTop: number): number {
  if (lines.length === 0) return 0;
  const sentence = union(lines);
  if (sentence.bottom <= sheetTop - MARGIN) return 0;
  return Math.min(sentence.bottom - (sheetTop - MARGIN), sentence.top - MARGIN);
}
