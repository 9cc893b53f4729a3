import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, openerForThisFile, SEED } from './browser';

const open = openerForThisFile();
const ARTICLE = `/en/articles/${SEED}`;

/** The names of the seed article, as each language writes them, with the entry they belong to. */
const NAMES: [lang: 'id' | 'en', text: string, termId: string][] = [
  ['id', 'Vladimir Putin', 'vladimir-putin'],
  ['id', 'Kim Jong Un', 'kim-jong-un'],
  ['id', 'Korea Utara', 'north-korea'],
  ['id', 'MOSKOW', 'moscow'],
  ['id', 'KONTAN.CO.ID', 'kontan'],
  ['id', 'TASS', 'tass'],
  ['id', 'Telegram', 'telegram'],
  ['id', 'Vostochny', 'vostochny-cosmodrome'],
  ['id', 'Komsomolsk-on-Amur', 'komsomolsk-on-amur'],
  ['id', 'Knevichi', 'knevichi'],
  ['id', 'Marsekal Shaposhnikov', 'marshal-shaposhnikov'],
  ['id', 'Universitas Federal Timur Jauh', 'far-eastern-federal-university'],
  ['id', 'Arnika', 'arnika'],
  ['id', 'Kremlin', 'kremlin'],
  ['en', 'Vladimir Putin', 'vladimir-putin'],
  ['en', 'North Korea', 'north-korea'],
  ['en', 'MOSCOW', 'moscow'],
  ['en', 'Vostochny', 'vostochny-cosmodrome'],
  ['en', 'Komsomolsk-on-Amur', 'komsomolsk-on-amur'],
  ['en', 'Knevichi', 'knevichi'],
  ['en', 'Marshal Shaposhnikov', 'marshal-shaposhnikov'],
  ['en', 'Far Eastern Federal University', 'far-eastern-federal-university'],
  ['en', 'Arnika', 'arnika'],
  ['en', 'TASS', 'tass'],
  ['en', 'Kremlin', 'kremlin'],
];

/** The page's one tooltip, while it holds this entry's card. */
const card = (page: Page, termId: string) => page.locator(`#term-card[data-term-card="${termId}"]`);
const vostochny = (page: Page) =>
  page.locator('[data-segment="p6"][lang="id"] [data-term="vostochny-cosmodrome"]');

/** Hydration may come after `load`: retry the gesture until the island answers. */
async function hoverUntilOpen(page: Page, termId: string, target = vostochny(page)) {
  await expect
    .poll(async () => {
      await page.mouse.move(0, 0);
      await target.hover();
      await page.waitForTimeout(400);
      return card(page, termId).isVisible();
    })
    .toBe(true);
}

describe('glossary mentions in the reader', () => {
  it.each(NAMES)('marks the %s name "%s" as a mention of %s', async (lang, text, termId) => {
    const page = await open(ARTICLE);
    const mentions = await page.$$eval(`[data-segment][lang="${lang}"] [data-term]`, (els) =>
      els.map((el) => `${el.getAttribute('data-term')}|${el.textContent}`),
    );
    expect(
      mentions.some((m) => m === `${termId}|${text}` || (m.startsWith(`${termId}|`) && m.includes(text))),
    ).toBe(true);
  });

  it('opens a card on hover that names the entry, stays open on the card, and closes with Escape', async () => {
    const page = await open(ARTICLE);
    await hoverUntilOpen(page, 'vostochny-cosmodrome');
    const tip = card(page, 'vostochny-cosmodrome');
    expect(await tip.getAttribute('role')).toBe('dialog');
    expect(await tip.textContent()).toContain('Vostochny Cosmodrome');
    expect(await tip.textContent()).toContain('Amur');
    // The card is inside the viewport and does not cover its term.
    const [termBox, tipBox] = await Promise.all([vostochny(page).boundingBox(), tip.boundingBox()]);
    const viewport = page.viewportSize()!;
    expect(tipBox!.x).toBeGreaterThanOrEqual(0);
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(viewport.width);
    const overlaps =
      tipBox!.x < termBox!.x + termBox!.width &&
      termBox!.x < tipBox!.x + tipBox!.width &&
      tipBox!.y < termBox!.y + termBox!.height &&
      termBox!.y < tipBox!.y + tipBox!.height;
    expect(overlaps).toBe(false);
    // Hoverable (WCAG 1.4.13): moving onto the card keeps it open.
    await tip.hover();
    await page.waitForTimeout(400);
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
  });

  it('marks the same entry in the twin block while a mention is hovered', async () => {
    const page = await open(ARTICLE);
    await hoverUntilOpen(page, 'vostochny-cosmodrome');
    const marked = await page.$$eval('[data-term][data-highlighted]', (els) =>
      els.map((el) => `${el.closest('[data-segment]')?.getAttribute('lang')} ${el.textContent}`),
    );
    expect(marked).toEqual(['en Vostochny spaceport']);
  });

  it('opens the card on tap on a touch screen instead of following the link', async () => {
    const page = await open(ARTICLE, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const term = page.locator('[data-segment="p7"][lang="id"] [data-term="knevichi"]');
    await term.scrollIntoViewIfNeeded();
    // The scripts load after the first paint, so `load` can come before them, and a tap before
    // they have run follows the link (the cards' no-script fallback). Let them arrive first.
    await page.waitForLoadState('networkidle');
    // Tap until the island has hydrated and opened the card (a second tap on an open card's
    // term would follow the link), then wait for the card to take its place.
    await expect
      .poll(async () => {
        if ((await term.getAttribute('data-open')) === null) await term.tap();
        return term.getAttribute('data-open');
      })
      .toBe('');
    await expect.poll(() => card(page, 'knevichi').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(ARTICLE);
    const box = await card(page, 'knevichi').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.locator('h1').tap();
    expect(await card(page, 'knevichi').isVisible()).toBe(false);
  });

  it('lets a tap follow the link to the glossary when the cards cannot be fetched', async () => {
    const page = await open(ARTICLE, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await page.route('**/terms.json', (route) => route.fulfill({ status: 503, body: '' }));
    let asked = false;
    page.on('request', (request) => {
      if (request.url().endsWith('/terms.json')) asked = true;
    });
    const term = page.locator('[data-segment="p7"][lang="id"] [data-term="knevichi"]');
    await page.waitForLoadState('networkidle'); // as above: the scripts arrive after the first paint
    // Tap until the island has hydrated and asked for the cards (a tap before that simply
    // follows the link: come back and tap again).
    await expect
      .poll(async () => {
        if (new URL(page.url()).pathname !== ARTICLE) await page.goBack();
        if (!asked) await term.tap({ timeout: 2_000 }).catch(() => undefined);
        return asked;
      })
      .toBe(true);
    // The card never came, and the reader is not stuck: the next tap follows the link.
    await expect.poll(() => term.getAttribute('data-open')).toBeNull();
    await term.tap();
    await page.waitForURL('**/en/glossary#knevichi');
    expect(new URL(page.url()).hash).toBe('#knevichi');
  });

  it('stays accessible with a card open', async () => {
    const page = await open(ARTICLE);
    await hoverUntilOpen(page, 'vostochny-cosmodrome');
    await expectAccessible(page);
  });
});

describe('the glossary page', () => {
  it.each(['en', 'id'])(
    'lists every entry by type with both names and links to the blocks that mention it (%s)',
    async (locale) => {
      const page = await open(`/${locale}/glossary`);
      const groups = await page.locator('main h2').allTextContents();
      expect(groups.length).toBeGreaterThanOrEqual(5);
      const entry = page.locator('#vostochny-cosmodrome');
      expect(await entry.locator('[lang="id"]').first().textContent()).toBe('Kosmodrom Vostochny');
      expect(await entry.locator('[lang="en"]').first().textContent()).toBe('Vostochny Cosmodrome');
      const link = entry.locator(`a[href$="/articles/${SEED}#p6"]`);
      expect(await link.count()).toBe(1);
      await link.click();
      await page.waitForURL(`**/${locale}/articles/${SEED}#p6`);
      await expectAccessible(page);
    },
  );

  it('meets WCAG 2.2 AA', async () => {
    await expectAccessible(await open('/id/glossary'));
  });
});
