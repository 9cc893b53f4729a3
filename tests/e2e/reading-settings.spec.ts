import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readingSettings, type SettingName } from '@/app/_components/site/reading-settings';
import { expectAccessible, openerForThisFile, pageErrors, SEED } from './browser';

const open = openerForThisFile();
const article = `/en/articles/${SEED}`;

const DARK_PAPER = 'rgb(22, 24, 27)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';

const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const paragraphSize = (page: Page) =>
  page.locator('[data-segment="p1"][lang="id"]').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

/** Opens the settings and picks an option, retrying until the island (hydrated after load) stores it. */
async function choose(page: Page, option: string, summary = 'Display') {
  const details = page.locator('details', { has: page.locator('summary', { hasText: summary }) });
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  const radio = page.getByRole('radio', { name: option, exact: true });
  const [name, value] = [(await radio.getAttribute('name'))!, (await radio.getAttribute('value'))!];
  const other = page.locator(`input[name="${name}"]:not([value="${value}"])`).first();
  const key = readingSettings[name as SettingName].storageKey;
  await expect
    .poll(async () => {
      // Checking an already checked radio fires no change: step off it first.
      await other.check();
      await radio.check();
      return page.evaluate((key) => localStorage.getItem(key), key);
    })
    .toBe(value);
}

describe('text size', () => {
  it('grows the paragraphs step by step and is still the chosen size after a reload', async () => {
    const page = await open(article);
    const sizes: number[] = [];
    for (const step of ['Small', 'Medium', 'Large', 'Larger']) {
      await choose(page, step);
      sizes.push(await paragraphSize(page));
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(4);
    await page.reload();
    expect(await paragraphSize(page)).toBe(sizes[3]);
    // The panel is closed after a reload, so its radios are found by value, not by role.
    await expect.poll(() => page.locator('input[name="textSize"][value="larger"]').isChecked()).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('theme', () => {
  it('follows a dark system setting by default', async () => {
    const page = await open(article, { colorScheme: 'dark' });
    expect(await paper(page)).toBe(DARK_PAPER);
  });

  it('keeps a chosen light theme on a dark system', async () => {
    const page = await open(article, { colorScheme: 'dark' });
    await choose(page, 'Light');
    expect(await paper(page)).toBe(LIGHT_PAPER);
    await page.reload();
    expect(await paper(page)).toBe(LIGHT_PAPER);
  });

  it('paints a chosen dark theme from the first frame, before any script file has loaded', async () => {
    const page = await open('/en', { colorScheme: 'light' });
    await choose(page, 'Dark');
    expect(await paper(page)).toBe(DARK_PAPER);
    // Without the app's script files only the inline script in <head> can apply the theme; the
    // colour is read when the document is parsed, before the first paint.
    await page.route('**/_next/static/chunks/**', (route) => route.abort());
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as Window & { __paper?: string }).__paper = getComputedStyle(document.body).backgroundColor;
      }),
    );
    await page.goto(article);
    expect(await page.evaluate(() => (window as Window & { __paper?: string }).__paper)).toBe(DARK_PAPER);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it.each(['Light', 'Dark'])('meets WCAG 2.2 AA in the %s theme with the settings open', async (theme) => {
    const page = await open(article);
    await choose(page, theme);
    expect(await page.locator('#reading-settings').isVisible()).toBe(true);
    await expectAccessible(page);
  });
});

describe('the settings control', () => {
  it('works from the keyboard: Enter opens it, arrow keys choose, Escape closes it', async () => {
    const page = await open(article);
    const summary = page.locator('summary', { hasText: 'Display' });
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#reading-settings').isVisible()).toBe(true);
    await page.getByRole('radio', { name: 'As the device' }).focus();
    await expect
      .poll(async () => {
        await page.getByRole('radio', { name: 'As the device' }).check();
        await page.keyboard.press('ArrowRight');
        return page.evaluate(() => document.documentElement.dataset.theme);
      })
      .toBe('light');
    await page.keyboard.press('Escape');
    expect(await page.locator('#reading-settings').isVisible()).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('speaks Indonesian in the Indonesian interface', async () => {
    const page = await open(`/id/articles/${SEED}`);
    await choose(page, 'Gelap', 'Tampilan');
    expect(await page.getByRole('group', { name: 'Ukuran teks' }).isVisible()).toBe(true);
    expect(await paper(page)).toBe(DARK_PAPER);
  });
});

describe('the library', () => {
  it.each([
    ['en', /^\d{3,} words · about \d+ minutes? to read/],
    ['id', /^\d{3,} kata · sekitar \d+ menit membaca/],
  ])('tells a %s reader how long each article is', async (locale, length) => {
    const page = await open(`/${locale}`);
    const card = page.locator('article').first();
    expect(await card.locator('dd').last().textContent()).toMatch(length);
    expect(await card.textContent()).not.toMatch(/segment/);
  });
});

describe('the place in an article', () => {
  it('reopens the article at the paragraph last read', async () => {
    const page = await open(article, { viewport: { width: 390, height: 844 } });
    const stored = () => page.evaluate((key) => localStorage.getItem(key), `sejajar.position.${SEED}`);
    await expect
      .poll(async () => {
        await page.locator('#p6').evaluate((pair) => pair.scrollIntoView({ block: 'start' }));
        return stored();
      })
      .toBe('p6');
    await page.goto('/en');
    await page.goto(article);
    await expect
      .poll(() => page.locator('#p6').evaluate((pair) => Math.round(pair.getBoundingClientRect().top)))
      .toBeLessThan(60);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  it('opens a link to #p4 at that paragraph, marked and focused', async () => {
    const page = await open(`${article}#p4`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p4');
    const mark = (id: string) => page.locator(`#${id}`).evaluate((pair) => getComputedStyle(pair).boxShadow);
    expect(await mark('p4')).not.toBe('none');
    expect(await mark('p3')).toBe('none');
    const top = await page.locator('#p4').evaluate((pair) => pair.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
  });

  it('lets a link to a paragraph win over the remembered place', async () => {
    const page = await open('/en');
    await page.evaluate((key) => localStorage.setItem(key, 'p9'), `sejajar.position.${SEED}`);
    await page.goto(`${article}#p2`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p2');
    const top = await page.locator('#p2').evaluate((pair) => pair.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(100);
  });

  it('marks and focuses a paragraph linked from within the page', async () => {
    const page = await open(article);
    await expect
      .poll(async () => {
        await page.evaluate(() => (window.location.hash = ''));
        await page.evaluate(() => (window.location.hash = '#p5'));
        return page.evaluate(() => document.activeElement?.id);
      })
      .toBe('p5');
    expect(await page.locator('[data-linked]').getAttribute('id')).toBe('p5');
  });
});
