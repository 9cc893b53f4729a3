import { describe, expect, it } from 'vitest';
import { placeCard, scrollClearOfSheet, type Box } from './card-placement';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const desktop = { width: 1280, height: 900 };
const card = { width: 320, height: 180 };

describe('placeCard', () => {
  it('puts the card beside a left-column block, at the height of the name', () => {
    const block = box(64, 300, 620, 500);
    const lines = [box(64, 380, 620, 404), box(64, 404, 300, 428)];
    expect(placeCard({ card, viewport: desktop, block, lines, name: box(200, 380, 250, 404) })).toEqual({
      mode: 'float',
      left: 632,
      top: 372,
    });
  });

  it('puts it to the left of a right-column block, over the other column', () => {
    const block = box(660, 300, 1216, 500);
    const lines = [box(660, 380, 1216, 404)];
    const placed = placeCard({ card, viewport: desktop, block, lines, name: box(900, 380, 950, 404) });
    expect(placed).toEqual({ mode: 'float', left: 660 - 12 - 320, top: 372 });
  });

  it('falls back to below the sentence when neither side has room', () => {
    const viewport = { width: 700, height: 900 };
    const block = box(16, 100, 684, 400);
    const lines = [box(16, 200, 684, 224), box(16, 224, 400, 248)];
    const placed = placeCard({ card, viewport, block, lines, name: box(100, 200, 150, 224) });
    expect(placed).toEqual({ mode: 'float', left: 100, top: 260 });
  });

  it('is a bottom sheet on a phone', () => {
    const viewport = { width: 390, height: 844 };
    const lines = [box(16, 200, 374, 224)];
    expect(
      placeCard({ card, viewport, block: box(16, 100, 374, 400), lines, name: box(20, 200, 60, 224) }),
    ).toEqual({
      mode: 'sheet',
    });
  });

  it('never returns a box that covers a line of the sentence', () => {
    const viewport = { width: 800, height: 500 };
    const lines = [
      box(16, 40, 784, 64),
      box(16, 64, 784, 88),
      box(16, 400, 784, 424),
      box(16, 424, 784, 448),
    ];
    const placed = placeCard({
      card,
      viewport,
      block: box(16, 40, 784, 448),
      lines,
      name: box(20, 40, 60, 64),
    });
    if (placed.mode === 'float') {
      const covered = lines.some(
        (l) =>
          placed.left < l.right &&
          l.left < placed.left + 320 &&
          placed.top < l.bottom &&
          l.top < placed.top + 180,
      );
      expect(covered).toBe(false);
    } else expect(placed.mode).toBe('sheet');
  });
});

describe('scrollClearOfSheet', () => {
  it('scrolls nothing when the sentence is above the sheet', () => {
    expect(scrollClearOfSheet([box(0, 100, 390, 124)], 600)).toBe(0);
  });

  it('lifts a sentence hidden by the sheet just clear of it', () => {
    expect(scrollClearOfSheet([box(0, 620, 390, 644), box(0, 644, 390, 668)], 600)).toBe(668 - 592);
  });

  it('never scrolls the start of a long sentence off the top', () => {
    expect(scrollClearOfSheet([box(0, 100, 390, 700)], 600)).toBe(92);
  });
});
