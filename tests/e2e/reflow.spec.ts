import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openerForThisFile, SEED } from './browser';

const open = openerForThisFile();

/** The open glossary card. The card's behaviour is changing elsewhere: its selector lives here only. */
const OPEN_CARD = '#term-card:not([hidden])';

/** WCAG 2.2 SC 1.4.12: the spacing a reader's own stylesheet may ask for, which must lose nothing. */
const TEXT_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-bottom: 2em !important; }`;

const article = (locale: string) => `/${locale}/articles/${SEED}`;
const pages = (locale: string) => [
  `/${locale}`,
  article(locale),
  ...['side', 'side-swapped', 'stacked', 'original', 'translation'].map(
    (layout) => `${article(locale)}?layout=${layout}`,
  ),
  `/${locale}/glossary`,
  `/${locale}/study`,
  `/${locale}/no-such-page`,
];
const everyPage = [...pages('en'), ...pages('id')];

/** The page's width, and the elements wider than the viewport's right edge (to name the cause on failure). */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    past: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80)),
  }));

describe('reflow at 320 CSS pixels (WCAG 2.2 SC 1.4.10)', () => {
  it.each(everyPage)('shows %s without sideways scrolling, also with text spacing', async (path) => {
    // The test's own stylesheet stands for a reader's: the page's CSP rightly refuses it otherwise.
    const page = await open(path, { viewport: { width: 320, height: 640 }, bypassCSP: true });
    const plain = await overflow(page);
    await page.addStyleTag({ content: TEXT_SPACING });
    expect({ plain, spaced: await overflow(page) }).toEqual({
      plain: { width: 320, past: [] },
      spaced: { width: 320, past: [] },
    });
  });
});

describe('the names in an article on a phone', () => {
  it('can each be hit anywhere in a box at least 24 px tall, without moving the text', async () => {
    const page = await open(article('en'), {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      bypassCSP: true,
    });
    const short = await page.$$eval('a[data-term]', (links) =>
      links.flatMap((link) => {
        link.scrollIntoView({ block: 'center' });
        return [...link.getClientRects()].flatMap((rect) => {
          const x = rect.left + rect.width / 2;
          const hits = [rect.top + 0.5, rect.bottom - 0.5].map(
            (y) => document.elementFromPoint(x, y)?.closest('a[data-term]') === link,
          );
          return rect.height >= 24 && hits.every(Boolean)
            ? []
            : [`${link.textContent} ${rect.height.toFixed(1)}px ${hits.join('/')}`];
        });
      }),
    );
    expect(short).toEqual([]);
    // The same text without the larger hit boxes lies exactly where it was.
    const lines = () =>
      page.$$eval('[data-segment]', (blocks) => blocks.map((block) => block.getBoundingClientRect().height));
    const withBoxes = await lines();
    await page.addStyleTag({ content: '.term { padding-block: 0 !important; }' });
    expect(await lines()).toEqual(withBoxes);
  });
});

/** WCAG relative luminance contrast of two computed `rgb()` colours. */
function contrast(a: string, b: string) {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the glossary card', () => {
  it.each(['light', 'dark'] as const)(
    'stands out from the page by a border of at least 3:1 in the %s theme',
    async (colorScheme) => {
      const page = await open(article('en'), { colorScheme });
      const name = page.locator('[data-segment="p6"][lang="id"] a[data-term]').first();
      await expect
        .poll(async () => {
          await page.mouse.move(0, 0);
          await name.hover();
          await page.waitForTimeout(400);
          return page.locator(OPEN_CARD).isVisible();
        })
        .toBe(true);
      const colours = await page.evaluate((selector) => {
        const card = getComputedStyle(document.querySelector(selector)!);
        return { border: card.borderTopColor, page: getComputedStyle(document.body).backgroundColor };
      }, OPEN_CARD);
      expect(contrast(colours.border, colours.page)).toBeGreaterThanOrEqual(3);
    },
  );
});
