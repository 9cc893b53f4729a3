import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, pageErrors, SEED, openerForThisFile } from './browser';

const open = openerForThisFile();

/** The seed's headline and body paragraphs as the news site published them, whitespace normalised. */
const seedBlocks = readFileSync('lib/import/fixtures/seed-raw.txt', 'utf8')
  .replace(/\u00a0/g, ' ')
  .split(/\n\s*\n/)
  .map((block) => block.trim())
  .filter((block) => block && !block.startsWith('Baca Juga:'));

describe.each(['en', 'id'])('the reader in the %s interface', (locale) => {
  it('shows every block of the seed verbatim in one Indonesian element, each with a non-empty English twin', async () => {
    const page = await open(`/${locale}/articles/${SEED}`);
    const blocks = await page.$$eval('[data-segment]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-segment'),
        lang: el.getAttribute('lang'),
        text: el.textContent ?? '',
      })),
    );
    expect(seedBlocks).toHaveLength(10);
    for (const text of seedBlocks) {
      const matches = blocks.filter((b) => b.lang === 'id' && b.text === text);
      expect(matches, text).toHaveLength(1);
      const twins = blocks.filter((b) => b.lang === 'en' && b.id === matches[0]?.id);
      expect(twins).toHaveLength(1);
      expect(twins[0]?.text.trim()).not.toBe('');
    }
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(pageErrors(page)).toEqual([]);
  });

  it('meets WCAG 2.2 AA in light and dark themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(`/${locale}/articles/${SEED}`, { colorScheme });
      await expectAccessible(page);
    }
  });
});

describe('the reader layout', () => {
  it('puts each pair side by side at 1280px with the tops of original and translation aligned', async () => {
    const page = await open(`/en/articles/${SEED}`);
    for (const id of ['p1', 'p4', 'p7', 'p9']) {
      const [original, translation] = await Promise.all(
        ['id', 'en'].map((lang) => page.locator(`[data-segment="${id}"][lang="${lang}"]`).boundingBox()),
      );
      expect(original && translation).toBeTruthy();
      expect(Math.abs(original!.y - translation!.y)).toBeLessThanOrEqual(1);
      expect(translation!.x).toBeGreaterThan(original!.x + original!.width);
    }
  });

  it('stacks each pair, original first, with no horizontal scrolling at 390px', async () => {
    const page = await open(`/id/articles/${SEED}`, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Both sides measured in one layout: the controls above may change height once the scripts
    // have run (the player becomes one line where no Indonesian voice exists), moving the page.
    const pairs = await page.evaluate(() =>
      ['headline', 'p1', 'p4', 'p9'].map((id) => {
        const side = (lang: string) =>
          document.querySelector(`[data-segment="${id}"][lang="${lang}"]`)!.getBoundingClientRect();
        return { id, originalBottom: side('id').bottom, translationTop: side('en').top };
      }),
    );
    for (const { id, originalBottom, translationTop } of pairs)
      expect(translationTop, id).toBeGreaterThanOrEqual(originalBottom);
  });

  it('highlights the twin of a hovered block and of a focused block', async () => {
    const page = await open(`/en/articles/${SEED}`);
    const marked = () =>
      page.$$eval('[data-segment][data-highlighted]', (els) =>
        els.map((el) => `${el.getAttribute('data-segment')} ${el.getAttribute('lang')}`),
      );
    // The listener attaches on hydration, which may come after `load`: move the pointer until it answers.
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await page.hover('[data-segment="p2"][lang="id"]');
        return marked();
      })
      .toEqual(['p2 en']);
    // Scroll first and move the pointer off the text: a scroll under a resting pointer is a hover too.
    await page.locator('[data-segment="p5"][lang="en"]').scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.focus('[data-segment="p5"][lang="en"]');
    expect(await marked()).toEqual(['p5 id']);
  });

  it('shows the related articles as localized "Read also" links where the original had them', async () => {
    const en = await open(`/en/articles/${SEED}`);
    const labels = await en.locator('[data-related]').allTextContents();
    expect(labels).toHaveLength(2);
    expect(labels[0]).toContain('Read also');
    expect(labels[0]).toContain('Topi Bulu Hingga Senapan');
    const id = await open(`/id/articles/${SEED}`);
    expect(await id.locator('[data-related]').first().textContent()).toContain('Baca juga');
    // The first item sits between p3 and p4, as in the original.
    const order = await id.$$eval('article [data-segment][lang="id"], article [data-related]', (els) =>
      els.map((el) => el.getAttribute('data-segment') ?? el.getAttribute('data-related')),
    );
    expect(order.slice(3, 6)).toEqual(['p3', 'r1', 'p4']);
  });
});
