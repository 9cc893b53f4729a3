import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, expectAccessible, pageErrors, SEED, openerForThisFile } from './browser';

const open = openerForThisFile();
const article = `/en/articles/${SEED}`;

const block = (page: Page, id: string, lang: 'id' | 'en') =>
  page.locator(`[data-segment="${id}"][lang="${lang}"]`);
const box = async (page: Page, id: string, lang: 'id' | 'en') => (await block(page, id, lang).boundingBox())!;
/** The widest left border between a translation and its pair: the rule that sets it apart. */
const ruleWidth = (page: Page, id: string) =>
  block(page, id, 'en').evaluate((element) => {
    let widest = 0;
    for (let node: Element | null = element; node && !node.matches('[data-pair]'); node = node.parentElement)
      widest = Math.max(widest, parseFloat(getComputedStyle(node).borderLeftWidth));
    return widest;
  });
const current = (page: Page) => page.getAttribute('nav[aria-label="Layout"] a[aria-current="page"]', 'href');

/** What each layout must look like, checked on three pairs. */
const expectations: Record<string, (page: Page) => Promise<void>> = {
  side: async (page) => {
    for (const id of ['headline', 'p1', 'p5']) {
      const [original, translation] = [await box(page, id, 'id'), await box(page, id, 'en')];
      expect(translation.x).toBeGreaterThan(original.x + original.width);
      expect(Math.abs(translation.y - original.y)).toBeLessThanOrEqual(1);
      expect(await ruleWidth(page, id)).toBe(0);
    }
  },
  'side-swapped': async (page) => {
    for (const id of ['headline', 'p1', 'p5']) {
      const [original, translation] = [await box(page, id, 'id'), await box(page, id, 'en')];
      expect(original.x).toBeGreaterThan(translation.x + translation.width);
    }
  },
  stacked: async (page) => {
    for (const id of ['headline', 'p1', 'p5']) {
      const [original, translation] = [await box(page, id, 'id'), await box(page, id, 'en')];
      expect(translation.y).toBeGreaterThanOrEqual(original.y + original.height);
      expect(Math.abs(translation.x - original.x)).toBeLessThanOrEqual(20);
      // One under the other on a wide screen, the translation is still set apart by its rule.
      expect(await ruleWidth(page, id)).toBeGreaterThanOrEqual(2);
    }
  },
  original: async (page) => {
    for (const id of ['headline', 'p1', 'p5']) {
      expect(await block(page, id, 'id').isVisible()).toBe(true);
      expect(await block(page, id, 'en').isVisible()).toBe(false);
    }
  },
  translation: async (page) => {
    expect(await page.locator('[data-segment][lang="id"]').count()).toBe(0);
    for (const id of ['headline', 'p1', 'p5']) expect(await block(page, id, 'en').isVisible()).toBe(true);
  },
};

describe('each layout from its URL', () => {
  it.each(Object.keys(expectations))(
    'renders ?layout=%s, keeps it on reload and marks its link current',
    async (layout) => {
      const page = await open(`${article}?layout=${layout}`);
      await expectations[layout]!(page);
      await page.reload();
      expect(new URL(page.url()).searchParams.get('layout')).toBe(layout);
      await expectations[layout]!(page);
      expect(await current(page)).toBe(`${article}?layout=${layout}`);
      expect(pageErrors(page)).toEqual([]);
    },
  );

  it.each(Object.keys(expectations))(
    'lets a shared cache keep ?layout=%s like the article itself',
    async (layout) => {
      const response = await fetch(`${baseURL()}${article}?layout=${layout}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('s-maxage=300, stale-while-revalidate=86400');
    },
  );

  it.each(Object.keys(expectations))('meets WCAG 2.2 AA in the %s layout', async (layout) => {
    const page = await open(`/id/articles/${SEED}?layout=${layout}`);
    await expectAccessible(page);
  });

  it('shows the default layout for an unknown value and sends the internal path to the public address', async () => {
    const page = await open(`${article}?layout=sideways`);
    await expectations.side!(page);
    const response = await page.goto(`${article}/stacked`);
    expect(response?.ok()).toBe(true);
    expect(new URL(page.url()).search).toBe('?layout=stacked');
    await expectations.stacked!(page);
  });

  it('switches layout through plain links, without JavaScript', async () => {
    const page = await open(article, { javaScriptEnabled: false });
    await page.click('details.layout-menu summary');
    await page.getByRole('link', { name: 'Stacked', exact: true }).click();
    await expectations.stacked!(page);
    await page.click('details.layout-menu summary');
    await page.getByRole('link', { name: 'Swap sides', exact: true }).click();
    await expectations['side-swapped']!(page);
  });
});

describe('the layout remembered on this device', () => {
  it('opens an article without ?layout in the layout last chosen in this browser', async () => {
    const page = await open(`${article}?layout=stacked`);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('sejajar.layout'))).toBe('stacked');
    await page.goto(article);
    await page.waitForURL(/\?layout=stacked$/);
    await expectations.stacked!(page);
  });

  it('stays on the default layout when nothing was chosen', async () => {
    const page = await open(article);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('revealing a translation in the original-only layout', () => {
  it('reveals one translation in place with the mouse, and all with "show all"', async () => {
    const page = await open(`${article}?layout=original`);
    const button = page.locator('[data-pair="p2"] button[aria-expanded]');
    await expect
      .poll(async () => {
        await button.click();
        return button.getAttribute('aria-expanded');
      })
      .toBe('true');
    expect(await block(page, 'p2', 'en').isVisible()).toBe(true);
    expect(await block(page, 'p3', 'en').isVisible()).toBe(false);
    const [original, translation] = [await box(page, 'p2', 'id'), await box(page, 'p2', 'en')];
    expect(translation.y).toBeGreaterThan(original.y);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await page.click('text=Show all translations');
    expect(await page.locator('button[aria-expanded="false"][data-reveal]').count()).toBe(0);
    expect(await block(page, 'p7', 'en').isVisible()).toBe(true);
    await expectAccessible(page);
  });

  it('reveals from the keyboard with r and Enter on the focused block, moving between pairs with j and k', async () => {
    const page = await open(`${article}?layout=original`);
    await block(page, 'p1', 'id').focus();
    await expect
      .poll(async () => {
        await block(page, 'p1', 'id').focus();
        await page.keyboard.press('j');
        return page.evaluate(() => document.activeElement?.getAttribute('data-segment'));
      })
      .toBe('p2');
    await page.keyboard.press('r');
    const button = page.locator('[data-pair="p2"] button[aria-expanded]');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe('p1');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-pair="p1"] button[aria-expanded]').getAttribute('aria-expanded')).toBe(
      'true',
    );
    // The reveal button itself is a real button: Space works it.
    await page.locator('[data-pair="p1"] button[aria-expanded]').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('[data-pair="p1"] button[aria-expanded]').getAttribute('aria-expanded')).toBe(
      'false',
    );
  });
});

describe('the keyboard help', () => {
  it('opens with ?, lists the keys, closes with Escape and gives focus back', async () => {
    const page = await open(article);
    const dialog = page.locator('dialog#reader-keys');
    await expect
      .poll(async () => {
        await block(page, 'p3', 'en').focus();
        await page.keyboard.press('?');
        return dialog.evaluate((d: HTMLDialogElement) => d.open);
      })
      .toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    expect(await dialog.locator('kbd').allTextContents()).toEqual(
      expect.arrayContaining(['j', 'k', 'r', 'l', '?']),
    );
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe('p3');
  });

  it('opens from its button and closes with the close button, focus back on the opener', async () => {
    const page = await open(`/id/articles/${SEED}`);
    const opener = page.getByRole('button', { name: 'Pintasan papan ketik' });
    const dialog = page.getByRole('dialog', { name: 'Pintasan papan ketik' });
    await expect
      .poll(async () => {
        await opener.click();
        return dialog.isVisible();
      })
      .toBe(true);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
