import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openerForThisFile, pageErrors, SEED } from './browser';

const open = openerForThisFile();
const article = (locale: 'en' | 'id', layout = '') =>
  `/${locale}/articles/${SEED}${layout ? `?layout=${layout}` : ''}`;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const CARD = '#term-card';
const LOCALES = ['en', 'id'] as const;

/** Ready once ReaderKeys has taken the names out of the Tab order (the islands have hydrated). */
const hydrated = (page: Page) => page.waitForSelector('a[data-term][tabindex="-1"]', { state: 'attached' });

/** Whether the open card's box overlaps any line box of the sentence holding the open name. */
const cardCoversSentence = (page: Page) =>
  page.evaluate((selector) => {
    const card = document.querySelector(selector)!.getBoundingClientRect();
    const name = document.querySelector('[data-term][data-open]')!;
    const sentence = name.closest('[data-sentence]') ?? name.closest('[data-segment]')!;
    return [...sentence.getClientRects()].some(
      (line) =>
        card.left < line.right && line.left < card.right && card.top < line.bottom && line.top < card.bottom,
    );
  }, CARD);

const cardOpen = (page: Page) => page.locator(CARD).isVisible();

describe('a glossary card never hides the sentence being read', () => {
  for (const locale of LOCALES)
    it(`beside the line on a desktop, for every name (${locale})`, { timeout: 120_000 }, async () => {
      const page = await open(article(locale));
      await hydrated(page);
      const names = page.locator('article a[data-term]');
      const count = await names.count();
      expect(count).toBeGreaterThan(70);
      for (let i = 0; i < count; i++) {
        await names.nth(i).click();
        await expect.poll(() => cardOpen(page)).toBe(true);
        await expect.poll(() => page.locator(CARD).evaluate((c) => c.style.visibility)).toBe('');
        expect({ name: i, covers: await cardCoversSentence(page) }).toEqual({ name: i, covers: false });
        await page.keyboard.press('Escape');
      }
      expect(pageErrors(page)).toEqual([]);
    });

  for (const locale of LOCALES)
    it(
      `as a bottom sheet on a phone, with the sentence scrolled clear of it (${locale})`,
      { timeout: 120_000 },
      async () => {
        const page = await open(article(locale), PHONE);
        await hydrated(page);
        const names = page.locator('article a[data-term]');
        const count = await names.count();
        for (let i = 0; i < count; i += 3) {
          await names.nth(i).tap();
          await expect.poll(() => cardOpen(page)).toBe(true);
          expect(await page.locator(CARD).getAttribute('data-sheet')).toBe('');
          expect({ name: i, covers: await cardCoversSentence(page) }).toEqual({ name: i, covers: false });
          await page.locator(`${CARD} [data-card-close]`).tap();
          expect(await cardOpen(page)).toBe(false);
        }
      },
    );

  for (const locale of LOCALES)
    it(`closes on a second tap on the same name, on Escape and once the name scrolls away, and never leaves the article (${locale})`, async () => {
      const page = await open(article(locale), PHONE);
      await hydrated(page);
      const url = page.url();
      const putin = page.locator('[data-pair="p4"] [lang="id"] a[data-term="vladimir-putin"]').first();
      await putin.tap();
      await expect.poll(() => cardOpen(page)).toBe(true);
      await expect(page.locator(`${CARD} [data-card-close]`).textContent()).resolves.toContain(
        locale === 'en' ? 'Close' : 'Tutup',
      );
      await putin.tap();
      expect(await cardOpen(page)).toBe(false);
      expect(page.url()).toBe(url);
      await putin.tap();
      await expect.poll(() => cardOpen(page)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await cardOpen(page)).toBe(false);
      await putin.tap();
      await expect.poll(() => cardOpen(page)).toBe(true);
      await page.mouse.wheel(0, 3000);
      await page.evaluate(() => scrollBy(0, 3000));
      await expect.poll(() => cardOpen(page)).toBe(false);
      expect(page.url()).toBe(url);
    });

  it('is a non-modal dialog whose controls take Tab and say their keys', async () => {
    const page = await open(article('en'));
    await hydrated(page);
    await page.locator('article a[data-term="vladimir-putin"]').first().click();
    const dialog = page.getByRole('dialog', { name: /Putin/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-modal')).toBeNull();
    expect(await dialog.getByRole('button', { name: /Save/ }).getAttribute('aria-keyshortcuts')).toBe('s');
    expect(await dialog.getByRole('button', { name: /Close/ }).textContent()).toContain('Esc');
    expect(await dialog.getByRole('link').getAttribute('tabindex')).toBeNull();
    await expectAccessible(page);
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`stays accessible with a name card and a word card open, ${colorScheme} theme`, async () => {
      const page = await open(article('id'), { colorScheme });
      await hydrated(page);
      await page.locator('article a[data-term]').first().click();
      await expect.poll(() => cardOpen(page)).toBe(true);
      await expectAccessible(page);
      await page.locator('[data-pair="p2"] p[lang="id"]').focus();
      await page.keyboard.press('w');
      await expect.poll(() => page.locator('#word-card').isVisible(), { timeout: 10_000 }).toBe(true);
      await expectAccessible(page);
    });

  it('stays accessible with a card open on a phone', async () => {
    const page = await open(article('id'), PHONE);
    await hydrated(page);
    await page.locator('article a[data-term]').first().tap();
    await expect.poll(() => cardOpen(page)).toBe(true);
    await expectAccessible(page);
  });
});

/** Presses Tab until focus leaves the page or comes round again; returns each stop's description. */
async function tabStops(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      if (!el.hasAttribute('data-tab-seen')) el.setAttribute('data-tab-seen', String(Math.random()));
      return `${el.tagName.toLowerCase()} ${el.getAttribute('data-tab-seen')} ${el.textContent?.trim().slice(0, 30)}`;
    });
    if (!stop || stops.includes(stop)) break;
    stops.push(stop);
  }
  return stops;
}

describe('the article by keyboard', () => {
  for (const locale of LOCALES)
    it(`takes at most 30 Tab stops, one per paragraph pair (${locale})`, async () => {
      const page = await open(article(locale));
      await hydrated(page);
      const stops = await tabStops(page);
      expect(stops.length).toBeLessThanOrEqual(30);
      const pairs = await page.locator('[data-pair]').count();
      const pairStops = stops.filter((s) => /^(p|h1) /.test(s)).length;
      expect(pairStops).toBe(pairs);
    });

  it('reaches the names of a paragraph with the arrow keys, opens a card with Enter and comes back with Escape', async () => {
    const page = await open(article('en'));
    await hydrated(page);
    await page.locator('[data-pair="p4"] p[lang="id"]').focus();
    await page.keyboard.press('ArrowRight');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('data-term'));
    expect(await focusedName()).toBeTruthy();
    const name = await focusedName();
    expect(await cardOpen(page)).toBe(false); // focus alone opens nothing
    await page.keyboard.press('Enter');
    await expect.poll(() => cardOpen(page)).toBe(true);
    expect(page.url()).toContain(`/articles/${SEED}`);
    expect(
      await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), CARD),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#term-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await cardOpen(page)).toBe(false);
    expect(await focusedName()).toBe(name);
    // The name reached is the pair's Tab stop now: Shift+Tab and Tab come back to it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe(name);
  });
});

describe('the article for screen readers', () => {
  for (const locale of LOCALES)
    it(`has the original headline as its one h1, the translation apart, and every pair a labelled group (${locale})`, async () => {
      const page = await open(article(locale));
      const h1 = page.locator('h1');
      expect(await h1.count()).toBe(1);
      expect(await h1.getAttribute('lang')).toBe('id');
      const translated = page.locator('[data-pair="headline"] [lang="en"][data-segment]');
      expect(await translated.evaluate((el) => el.tagName)).toBe('P');
      expect(await h1.textContent()).not.toContain((await translated.textContent()) ?? '—');
      const paragraph = locale === 'en' ? 'Paragraph 4' : 'Paragraf 4';
      const group = page.getByRole('group', { name: paragraph, exact: true });
      expect(await group.getAttribute('data-pair')).toBe('p4');
      const original = locale === 'en' ? 'Indonesian (original)' : 'Bahasa Indonesia (asli)';
      const english = locale === 'en' ? 'English (translation)' : 'Bahasa Inggris (terjemahan)';
      expect(
        await group.getByRole('group', { name: original }).locator('[lang="id"]').count(),
      ).toBeGreaterThan(0);
      expect(
        await group.getByRole('group', { name: english }).locator('[lang="en"]').count(),
      ).toBeGreaterThan(0);
      // Sentence spans carry no role or name of their own.
      expect(await page.locator('[data-sentence][role], [data-sentence][aria-label]').count()).toBe(0);
    });
});

describe('the article on a phone', () => {
  for (const locale of LOCALES)
    it(`starts the first paragraph on the first screen, with one compact layout control (${locale})`, async () => {
      const page = await open(article(locale), PHONE);
      const top = await page
        .locator('[data-pair="p1"] [data-segment]')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(420);
      const menu = page.locator('details.layout-menu');
      expect(await menu.count()).toBe(1);
      expect(await menu.locator('summary').textContent()).toContain(
        locale === 'en' ? 'Stacked' : 'Bertumpuk',
      );
      await menu.locator('summary').tap();
      const offered = await menu
        .locator('a')
        .evaluateAll((links) =>
          links.filter((a) => a.getClientRects().length > 0).map((a) => (a as HTMLElement).innerText),
        );
      expect(offered).toEqual(
        locale === 'en'
          ? ['Stacked', 'Translation first', 'Original only', 'Translation only']
          : ['Bertumpuk', 'Terjemahan dulu', 'Hanya asli', 'Hanya terjemahan'],
      );
      expect(
        await page
          .getByRole('button', { name: locale === 'en' ? 'Keyboard shortcuts' : 'Pintasan papan ketik' })
          .isVisible(),
      ).toBe(false);
    });

  it('offers every layout, and the shortcuts, on a desktop', async () => {
    const page = await open(article('en'));
    await page.locator('details.layout-menu summary').click();
    const offered = await page
      .locator('details.layout-menu a')
      .evaluateAll((links) =>
        links.filter((a) => a.getClientRects().length > 0).map((a) => (a as HTMLElement).innerText),
      );
    expect(offered).toEqual(['Side by side', 'Swap sides', 'Stacked', 'Original only', 'Translation only']);
    expect(await page.getByRole('button', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
  });
});

/** A speech engine with one Indonesian voice that records each utterance and ends it on demand. */
async function withVoice(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    class Utterance extends EventTarget {
      lang = '';
      rate = 1;
      voice: unknown = null;
      constructor(public text: string) {
        super();
      }
    }
    const said: Utterance[] = [];
    w.__said = said;
    w.SpeechSynthesisUtterance = Utterance;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => [
          { lang: 'en-US', name: 'English' },
          { lang: 'id-ID', name: 'Bahasa Indonesia' },
        ],
        addEventListener: () => {},
        cancel: () => {},
        speak: (u: Utterance) => said.push(u),
      },
    });
    w.__endSentence = () => said.at(-1)?.dispatchEvent(new Event('end'));
  });
  await page.reload();
}

const said = (page: Page) =>
  page.evaluate(() =>
    ((window as unknown as { __said: { text: string; rate: number }[] }).__said ?? []).map((u) => ({
      text: u.text.trim(),
      rate: u.rate,
    })),
  );
const speaking = (page: Page) =>
  page.$$eval('[data-speaking]', (els) =>
    els.map(
      (el) => `${el.closest('[lang]')?.getAttribute('lang')}:${el.getAttribute('data-sentence') ?? ''}`,
    ),
  );

describe('the article player', () => {
  it('reads the whole article sentence by sentence, marking both twins, with replay, speed and pause', async () => {
    const page = await open(article('en'));
    await withVoice(page);
    const play = page.getByRole('button', { name: 'Listen' });
    await expect.poll(() => play.isEnabled()).toBe(true);
    await play.click();
    const headline = (await page.locator('h1').textContent())?.trim();
    await expect.poll(async () => (await said(page)).at(-1)?.text).toBe(headline);
    await page.evaluate(() => (window as unknown as { __endSentence: () => void }).__endSentence());
    await expect.poll(async () => (await said(page)).length).toBe(2);
    const marked = await speaking(page);
    const sentence = marked[0]?.split(':')[1];
    expect(sentence).toBeTruthy();
    expect(marked.sort()).toEqual([`en:${sentence}`, `id:${sentence}`]);
    await page.getByRole('button', { name: 'Replay the sentence' }).click();
    await page.getByLabel('Speed').selectOption('0.8');
    const log = await said(page);
    expect(log.length).toBe(4);
    expect(new Set(log.slice(1).map((u) => u.text)).size).toBe(1);
    expect(log.at(-1)?.rate).toBe(0.8);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.evaluate(() => (window as unknown as { __endSentence: () => void }).__endSentence());
    expect((await said(page)).length).toBe(4);
    expect(await page.getByRole('button', { name: 'Listen' }).getAttribute('aria-pressed')).toBe('false');
  });

  for (const locale of LOCALES)
    it(`is replaced by one line saying why when the device has no Indonesian voice (${locale})`, async () => {
      const page = await open(article(locale));
      await expect
        .poll(() => page.locator('main').textContent(), { timeout: 10_000 })
        .toContain(locale === 'en' ? 'no Indonesian voice' : 'tidak memiliki suara bahasa Indonesia');
      expect(
        await page
          .getByRole('group', { name: locale === 'en' ? 'Listen to the article' : 'Dengarkan artikel' })
          .count(),
      ).toBe(0);
    });

  it('keeps the height the controls took when it says so, so the article does not jump on a phone', async () => {
    const page = await open('/id', PHONE);
    // The scripts held back until the page as served has been measured.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/_next/static/**/*.js', (route) => (holding ? held.push(route) : route.continue()));
    await page.goto(article('id'), { waitUntil: 'domcontentloaded' });
    const paragraph = page.locator('[data-segment="p1"][lang="en"]');
    const top = () => paragraph.evaluate((element) => element.getBoundingClientRect().top + scrollY);
    const before = await top();
    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await expect
      .poll(() => page.locator('main').textContent(), { timeout: 10_000 })
      .toContain('tidak memiliki suara bahasa Indonesia');
    expect(await top()).toBeCloseTo(before, 0);
  });
});

describe('original only and swapped sides', () => {
  it('says what each reveal will do, reveals a tapped sentence alone, and remembers it on this device', async () => {
    const page = await open(article('en', 'original'), PHONE);
    await hydrated(page);
    const button = page.locator('[data-pair="p2"] button[data-reveal]');
    expect(await button.textContent()).toBe('Show translation');
    await button.tap();
    expect(await button.textContent()).toBe('Hide translation');
    await button.tap();
    expect(await button.textContent()).toBe('Show translation');
    // p6 holds two sentences: a tap on its second shows that sentence's twin only.
    const sentences = page.locator('[data-pair="p6"] [lang="id"] [data-sentence]');
    expect(await sentences.count()).toBeGreaterThan(1);
    const id = await sentences.nth(1).getAttribute('data-sentence');
    // A point on the sentence's own text, not on a name inside it.
    await sentences.nth(1).scrollIntoViewIfNeeded();
    const point = await sentences.nth(1).evaluate((sentence) => {
      for (const rect of sentence.getClientRects())
        for (let x = rect.left + 2; x < rect.right; x += 8) {
          const y = rect.top + rect.height / 2;
          const hit = document.elementFromPoint(x, y);
          if (hit === sentence) return { x, y };
        }
      return null;
    });
    expect(point).not.toBeNull();
    await page.touchscreen.tap(point!.x, point!.y);
    const visibleTwins = () =>
      page.$$eval('[data-pair="p6"] [lang="en"] [data-sentence]', (els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible' && el.getClientRects().length > 0)
          .map((el) => el.getAttribute('data-sentence')),
      );
    await expect.poll(visibleTwins).toEqual([id]);
    await page.reload();
    await hydrated(page);
    await expect.poll(visibleTwins).toEqual([id]);
    await expectAccessible(page);
  });

  it('moves the related rows and the headline with their language when the sides are swapped', async () => {
    const page = await open(article('en', 'side-swapped'));
    const langs = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((row) =>
          [...row.children].map(
            (child) => child.querySelector('[lang]')?.getAttribute('lang') ?? child.getAttribute('lang'),
          ),
        );
    expect(await langs('[data-related]')).toEqual(['en', 'id']);
    expect(await langs('[data-pair="headline"]')).toEqual(['en', 'id']);
  });
});
