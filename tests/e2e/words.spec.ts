import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openerForThisFile, pageErrors, SEED } from './browser';

const open = openerForThisFile();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const CARD = '#word-card';
const NAME_CARD = '#term-card';
const FIVE = [
  ['kepuasannya', 'ke- + puas + -an + -nya'],
  ['disepakati', 'di- + sepakat + -i'],
  ['berkontribusi', 'ber- + kontribusi'],
  ['perjanjian', 'per- + janji + -an'],
  ['menyatakan', 'me- + nyata + -kan'],
] as const;

const hydrated = (page: Page) => page.waitForSelector('a[data-term][tabindex="-1"]', { state: 'attached' });

/** The centre of a word of the Indonesian original, scrolled into view. */
function pointOf(page: Page, word: string) {
  return page.evaluate((word) => {
    const pattern = new RegExp(`(^|[^\\p{L}])(${word})(?![\\p{L}])`, 'iu');
    for (const block of document.querySelectorAll('[data-segment][lang="id"]')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const match = pattern.exec(node.textContent ?? '');
        if (!match || node.parentElement?.closest('[data-term]')) continue;
        const start = match.index + match[1]!.length;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        node.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, word);
}

const cardText = (page: Page) => page.locator(CARD).innerText();

describe('a word card', () => {
  for (const locale of ['en', 'id'] as const)
    it(`shows the root and affixes of the issue's five words on a tap (${locale})`, async () => {
      const page = await open(`/${locale}/articles/${SEED}`, PHONE);
      await hydrated(page);
      for (const [word, parts] of FIVE) {
        const point = await pointOf(page, word);
        expect(point, word).not.toBeNull();
        await page.touchscreen.tap(point!.x, point!.y);
        await expect
          .poll(async () => (await page.locator(`${CARD} h2`).textContent())?.toLowerCase(), {
            timeout: 10_000,
          })
          .toBe(word);
        expect(await cardText(page)).toContain(parts);
        await page.locator(`${CARD} [data-card-close]`).tap();
        expect(await page.locator(CARD).isVisible()).toBe(false);
      }
      expect(pageErrors(page)).toEqual([]);
    });

  it('keeps its sheet and the page still while the reader taps inside it and closes it, at the article’s very end', async () => {
    const page = await open(`/en/articles/${SEED}`, PHONE);
    await hydrated(page);
    // A word of the article's last sentence: lifting it clear of the sheet needs the room the sheet
    // adds below the article.
    const point = await pointOf(page, 'disepakati');
    await page.touchscreen.tap(point!.x, point!.y);
    await expect.poll(() => page.locator(`${CARD} h2`).textContent(), { timeout: 10_000 }).toBe('disepakati');
    const scrolled = await page.evaluate(() => scrollY);
    await page.locator(`${CARD} [data-word-save]`).tap();
    await expect.poll(() => page.locator(`${CARD} [data-save-label]`).textContent()).toBe('Saved');
    expect(await page.locator(CARD).isVisible()).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    // Closing it leaves the text where the reader was reading it.
    await page.locator(`${CARD} [data-card-close]`).tap();
    await expect.poll(() => page.locator(CARD).isVisible()).toBe(false);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });

  it('gives way to a name’s card when a name is tapped: one card at a time on a phone', async () => {
    const page = await open(`/en/articles/${SEED}`, PHONE);
    await hydrated(page);
    const point = await pointOf(page, 'menyampaikan');
    await page.touchscreen.tap(point!.x, point!.y);
    await expect
      .poll(() => page.locator(`${CARD} h2`).textContent(), { timeout: 10_000 })
      .toBe('menyampaikan');
    await page.locator('[data-pair="p9"] [lang="id"] a[data-term="vladimir-putin"]').first().tap();
    await expect.poll(() => page.locator(NAME_CARD).isVisible()).toBe(true);
    expect(await page.locator(CARD).isVisible()).toBe(false);
    // The name's sheet keeps the room it needs below the article.
    const sheet = await page.locator(NAME_CARD).evaluate((card) => (card as HTMLElement).offsetHeight);
    expect(await page.evaluate(() => document.body.style.paddingBottom)).toBe(`${sheet}px`);
  });

  it('is reached by keyboard for the five words: w on a paragraph, arrows from word to word, Enter into the card, Escape back', async () => {
    const page = await open(`/en/articles/${SEED}`);
    await hydrated(page);
    const title = async () => (await page.locator(`${CARD} h2`).textContent())?.toLowerCase();
    for (const [word, parts] of FIVE) {
      const block = page
        .locator('[data-segment][lang="id"]', { hasText: new RegExp(`\\b${word}\\b`, 'i') })
        .first();
      await block.focus();
      await page.keyboard.press('w');
      await expect.poll(title, { timeout: 10_000 }).toBeTruthy();
      for (let i = 0; i < 150 && (await title()) !== word; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(title).toBe(word);
      expect(await cardText(page)).toContain(parts);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('#word-card') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator(CARD).isVisible()).toBe(false);
      expect(await block.evaluate((el) => el === document.activeElement)).toBe(true);
    }
  });

  it('gives the root’s vocabulary entry and dictionary links, saves the word with its analysis, and stays accessible', async () => {
    const page = await open(`/id/articles/${SEED}`);
    await hydrated(page);
    const point = await pointOf(page, 'disepakati');
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.locator(`${CARD} h2`).textContent(), { timeout: 10_000 }).toBe('disepakati');
    const kbbi = page.locator(`${CARD} a`, { hasText: 'KBBI' });
    expect(await kbbi.getAttribute('href')).toBe('https://kbbi.kemdikbud.go.id/entri/sepakat');
    expect(await page.locator(`${CARD} ol[lang="en"] li`).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await page.locator(`${CARD} [data-word-save]`).click();
    await expect.poll(() => page.locator(`${CARD} [data-save-label]`).textContent()).toBe('Tersimpan');
    const saved = await page.evaluate(() => localStorage.getItem('sejajar:study-list') ?? '');
    expect(JSON.parse(saved).entries[0].word).toEqual({ root: 'sepakat', analysis: 'di- + sepakat + -i' });
    await page.goto('/id/study');
    await expect.poll(() => page.locator('main').innerText()).toContain('disepakati');
  });

  it('never hides the sentence it is in', async () => {
    const page = await open(`/en/articles/${SEED}`);
    await hydrated(page);
    const point = await pointOf(page, 'menyatakan');
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.locator(`${CARD} h2`).textContent(), { timeout: 10_000 }).toBe('menyatakan');
    await expect.poll(() => page.locator(CARD).evaluate((c) => c.style.visibility)).toBe('');
    const covers = await page.evaluate(
      ({ x, y }) => {
        const card = document.querySelector('#word-card')!.getBoundingClientRect();
        const sentence = document.elementFromPoint(x, y)!.closest('[data-sentence], [data-segment]')!;
        return [...sentence.getClientRects()].some(
          (l) => card.left < l.right && l.left < card.right && card.top < l.bottom && l.top < card.bottom,
        );
      },
      await pointOf(page, 'menyatakan').then((p) => p!),
    );
    expect(covers).toBe(false);
  });
});

describe('the credits page', () => {
  for (const locale of ['en', 'id'] as const)
    it(`lists every data file with its licence and source (${locale})`, async () => {
      const page = await open(`/${locale}/credits`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('lib/words/data/hunspell-id.dic');
      expect(text).toContain('LGPL-3.0-only');
      expect(text).toContain('https://github.com/shuLhan/hunspell-id');
      // Written in the interface's language, with nothing in main marked as another.
      expect(text).toContain(locale === 'id' ? 'Leksikon kata dasar' : 'The root lexicon');
      expect(await page.locator(`main [lang]:not([lang="${locale}"])`).count()).toBe(0);
      await expectAccessible(page);
    });
});
