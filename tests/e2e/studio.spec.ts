import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/content';
import { translationFileSchema } from '@/lib/content/schema';
import { expectAccessible, openerForThisFile, SEED } from './browser';
import { startStudio, type Studio } from './studio-server';

// The translation workspace in Chromium, as a translator uses it: `npm run studio` over a
// scratch copy of content/, driven with the keyboard.

const open = openerForThisFile();
let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
}, 180_000);
afterAll(() => studio?.stop());

const FIXTURE = readFileSync(join(process.cwd(), 'lib/import/fixtures/own-article.txt'), 'utf8');
const IMPORTED = 'harga-cabai-rawit-di-pasar-induk-kramat-jati-naik-dua-kali';

const segmentsOnDisk = (slug: string) =>
  translationFileSchema.parse(
    JSON.parse(readFileSync(join(studio.contentDir, 'articles', slug, 'en.json'), 'utf8')),
  ).segments;
const onDisk = (slug: string, id: string) => segmentsOnDisk(slug).find((s) => s.id === id);
const field = (page: Page, label: string) => page.getByLabel(`English for ${label}`, { exact: true });
const saveState = (page: Page, id: string) => page.locator(`[data-studio-row="${id}"] [data-save-state]`);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--content', studio.contentDir, ...argv], {
    stdout: { write: (text: string) => void (out += text) },
    stderr: { write: (text: string) => void (err += text) },
  });
  return { code, out, err };
}

async function openEditor(slug: string) {
  const page = await open(`${studio.baseURL}/en/studio/${slug}`);
  await field(page, 'Headline').waitFor({ timeout: 90_000 });
  // The editor's keys work once it has hydrated.
  await page.waitForFunction(
    () => document.querySelector('[data-studio-row]') !== null && 'onbeforeunload' in window,
  );
  await page.waitForLoadState('networkidle');
  return page;
}

describe('a new article, from paste to reader', () => {
  it('is imported by pasting, translated and reviewed with the keyboard, and read aligned', async () => {
    const page = await open(`${studio.baseURL}/en/studio`);
    await page.getByLabel('Raw article text (Indonesian)').fill(FIXTURE, { timeout: 90_000 });
    await page.getByRole('button', { name: 'Preview segments' }).click();
    await expect
      .poll(() => page.locator('[data-import-preview] li').count(), { timeout: 30_000 })
      .toBeGreaterThan(5);
    await page.getByRole('button', { name: 'Create article' }).click();
    await page.getByRole('link', { name: 'Created. Translate it now' }).click();
    await field(page, 'Headline').waitFor({ timeout: 90_000 });
    await page.waitForLoadState('networkidle');

    // Headline, then Ctrl+Enter saves it and moves on to paragraph 1.
    await field(page, 'Headline').focus();
    await page.keyboard.type('Bird’s-Eye Chilli Prices at Kramat Jati Double Ahead of Ramadan');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('English for Paragraph 1');
    await expect.poll(() => saveState(page, 'headline').getAttribute('data-save-state')).toBe('saved');

    // Paragraph 1 with its dateline's name dropped: flagged, and "reviewed" refused.
    const dropped =
      'JAKARTA. The price of red bird’s-eye chillies at Kramat Jati Wholesale Market, East Jakarta, has almost doubled in the past week ahead of the month of Ramadan.';
    await page.keyboard.type(dropped);
    const row1 = page.locator('[data-studio-row="p1"]');
    await expect
      .poll(() => row1.locator('[data-severity="error"]').allTextContents())
      .toContainEqual(expect.stringMatching(/Kontan|KONTAN/));
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => onDisk(IMPORTED, 'p1')?.status).toBe('pending');
    // Fixed with the keyboard: the name goes back in front, then reviewed.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('KONTAN.CO.ID - ');
    await expect.poll(() => row1.locator('[data-severity="error"]').count()).toBe(0);
    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(() => onDisk(IMPORTED, 'p1')?.status, { timeout: 15_000 }).toBe('reviewed');

    // Paragraph 2, reached with Alt+ArrowDown.
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('English for Paragraph 2');
    await page.keyboard.type(
      'Traders say bird’s-eye chillies now cost Rp 95,000 per kilogram, up from about Rp 50,000 per kilogram at the start of the month.',
    );
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => onDisk(IMPORTED, 'p2')?.status, { timeout: 15_000 }).toBe('translated');
    expect(onDisk(IMPORTED, 'p1')?.text).toBe(`KONTAN.CO.ID - ${dropped}`);

    const reader = await open(`${studio.baseURL}/id/articles/${IMPORTED}`);
    const english = await reader.locator('[data-segment="p1"][lang="en"]').textContent({ timeout: 90_000 });
    expect(english).toContain('KONTAN.CO.ID - JAKARTA. The price of red bird’s-eye chillies');
    expect(await reader.locator('[data-segment="p1"][lang="id"]').textContent()).toContain(
      'Harga cabai rawit merah',
    );

    const check = await cli('check');
    expect(check.code, check.err).toBe(0);
    const xliff = await cli('export', IMPORTED, '--format', 'xliff');
    expect(xliff.out).toContain('Rp 95,000 per kilogram');
    await page.context().close();
    await reader.context().close();
  }, 300_000);
});

it('adds a name content check suggests to the glossary, validated, from the editor', async () => {
  const page = await openEditor(IMPORTED);
  const proposal = page.locator('[data-proposal="Pasar Induk Kramat Jati"]');
  await proposal.getByRole('button', { name: 'Add to glossary' }).click();
  await proposal.getByLabel('English name').fill('Kramat Jati Wholesale Market');
  await proposal.getByLabel('Type').selectOption('place');
  await proposal.getByLabel('Note in English').fill("East Jakarta's wholesale market for fresh food.");
  await proposal.getByLabel('Note in Indonesian').fill('Pasar induk bahan pangan segar di Jakarta Timur.');
  await proposal.getByRole('button', { name: 'Add entry' }).click();
  await expect.poll(() => proposal.textContent()).toContain('Added to the glossary');
  const entries = JSON.parse(readFileSync(join(studio.contentDir, 'glossary', 'entries.json'), 'utf8')) as {
    entries: { id: string; names: { en: string[] } }[];
  };
  expect(entries.entries.find((entry) => entry.id === 'kramat-jati-wholesale-market')?.names.en).toEqual([
    'Kramat Jati Wholesale Market',
  ]);
  // From now on the glossary holds the article to the new name: the headline, translated before
  // the entry existed, does not name the market, and check says so.
  const check = await cli('check');
  expect(check.code).toBe(1);
  expect(check.err).toMatch(
    /segment "headline": term "kramat-jati-wholesale-market" \(Pasar Induk Kramat Jati\)/,
  );
  await page.context().close();
}, 240_000);

describe('two translators at once', () => {
  it('on different segments both keep their work', async () => {
    const [a, b] = [await openEditor(SEED), await openEditor(SEED)];
    await field(a, 'Paragraph 5').fill('Translator A’s paragraph five.');
    await field(b, 'Paragraph 6').fill('Translator B’s paragraph six.');
    await field(a, 'Paragraph 5').press('Control+Enter');
    await field(b, 'Paragraph 6').press('Control+Enter');
    await expect.poll(() => saveState(a, 'p5').getAttribute('data-save-state')).toBe('saved');
    await expect.poll(() => saveState(b, 'p6').getAttribute('data-save-state')).toBe('saved');
    expect([onDisk(SEED, 'p5')?.text, onDisk(SEED, 'p6')?.text]).toEqual([
      'Translator A’s paragraph five.',
      'Translator B’s paragraph six.',
    ]);
    await a.context().close();
    await b.context().close();
  }, 240_000);

  it('on the same segment: the second sees both texts, and nothing is lost', async () => {
    const [a, b] = [await openEditor(SEED), await openEditor(SEED)];
    await field(a, 'Paragraph 4').fill('First, from A.');
    await field(a, 'Paragraph 4').press('Control+Enter');
    await expect.poll(() => saveState(a, 'p4').getAttribute('data-save-state')).toBe('saved');
    await field(b, 'Paragraph 4').fill('Second, from B.');
    await field(b, 'Paragraph 4').press('Control+Enter');
    const row = b.locator('[data-studio-row="p4"]');
    await expect.poll(() => row.locator('[data-conflict="disk"]').textContent()).toBe('First, from A.');
    expect(await row.locator('[data-conflict="mine"]').textContent()).toBe('Second, from B.');
    expect(onDisk(SEED, 'p4')?.text).toBe('First, from A.');
    await expectAccessible(b);
    await row.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => onDisk(SEED, 'p4')?.text).toBe('Second, from B.');
    await a.context().close();
    await b.context().close();
  }, 240_000);
});

it('says it is offline, retries, and saves once the network is back', async () => {
  const page = await openEditor(SEED);
  await page.context().setOffline(true);
  await field(page, 'Paragraph 8').fill('Written on a train.');
  await field(page, 'Paragraph 8').press('Control+Enter');
  await expect.poll(() => saveState(page, 'p8').getAttribute('data-save-state')).toBe('offline');
  expect(await saveState(page, 'p8').textContent()).toMatch(/Offline — retrying in \d+s/);
  expect(onDisk(SEED, 'p8')?.text).not.toBe('Written on a train.');
  await page.context().setOffline(false);
  await expect
    .poll(() => saveState(page, 'p8').getAttribute('data-save-state'), { timeout: 40_000 })
    .toBe('saved');
  expect(onDisk(SEED, 'p8')?.text).toBe('Written on a train.');
  await page.context().close();
}, 240_000);

it('shows a content file broken on disk as its validation errors, file and segment named', async () => {
  const file = join(studio.contentDir, 'articles', SEED, 'id.json');
  const intact = readFileSync(file, 'utf8');
  writeFileSync(file, intact.replace('"id": "p3"', '"id": "p3", "extra": 1'));
  try {
    const page = await open(`${studio.baseURL}/en/studio/${SEED}`);
    const problems = page.locator('[data-content-problems]');
    await problems.waitFor({ timeout: 90_000 });
    expect(await problems.textContent()).toMatch(/content\/articles\/putin-[a-z-]+\/id\.json.*p3/);
    await page.context().close();
  } finally {
    writeFileSync(file, intact);
  }
}, 240_000);

it('asks before leaving with unsaved text, and stays when the translator says so', async () => {
  const page = await openEditor(SEED);
  await field(page, 'Paragraph 9').fill('Not saved yet.');
  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page.goto(`${studio.baseURL}/en`).catch(() => undefined);
  expect(asked).toEqual(['beforeunload']);
  expect(new URL(page.url()).pathname).toBe(`/en/studio/${SEED}`);
  expect(await field(page, 'Paragraph 9').inputValue()).toBe('Not saved yet.');
  await page.context().close();
}, 240_000);

it('dismisses a warning for one segment, stored in the content, and check honours it', async () => {
  const page = await openEditor(SEED);
  await field(page, 'Paragraph 9').fill('The the talks went on.');
  const row = page.locator('[data-studio-row="p9"]');
  const warning = row.locator('[data-severity="warning"]', { hasText: 'is repeated' });
  await warning.getByRole('button', { name: /Dismiss the warning/ }).click();
  await expect.poll(() => warning.count()).toBe(0);
  await field(page, 'Paragraph 9').press('Control+Enter');
  await expect.poll(() => onDisk(SEED, 'p9')?.text).toBe('The the talks went on.');
  expect(onDisk(SEED, 'p9')?.dismissed).toEqual(['repeated-word']);
  const check = await cli('check');
  expect(check.out + check.err).not.toMatch(/segment "p9":.*is repeated/);
  await page.context().close();
}, 240_000);

it('translates a "Baca Juga" title like a segment, and the reader shows it', async () => {
  const page = await openEditor(SEED);
  await field(page, 'Baca Juga 1').fill('Read also: a title translated in the workspace');
  await field(page, 'Baca Juga 1').press('Control+Enter');
  await expect.poll(() => saveState(page, 'r1').getAttribute('data-save-state')).toBe('saved');
  const reader = await open(`${studio.baseURL}/en/articles/${SEED}`);
  expect(await reader.locator('[data-related="r1"]').textContent({ timeout: 60_000 })).toContain(
    'Read also: a title translated in the workspace',
  );
  await page.context().close();
  await reader.context().close();
}, 240_000);

it('brings unsaved typing back after a reload', async () => {
  const page = await openEditor(SEED);
  await field(page, 'Paragraph 7').fill('Typed, never saved.');
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await field(page, 'Paragraph 7').waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Restore' }).click({ timeout: 30_000 });
  expect(await field(page, 'Paragraph 7').inputValue()).toBe('Typed, never saved.');
  expect(onDisk(SEED, 'p7')?.text).not.toBe('Typed, never saved.');
  await page.context().close();
}, 240_000);

it.each(['en', 'id'])(
  'the articles page and the editor meet WCAG 2.2 AA (%s)',
  async (locale) => {
    const list = await open(`${studio.baseURL}/${locale}/studio`);
    await list.waitForLoadState('networkidle');
    await expectAccessible(list);
    await list.context().close();
    const page = await open(`${studio.baseURL}/${locale}/studio/${SEED}`);
    await page.locator('[data-studio-row]').first().waitFor({ timeout: 90_000 });
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await page.context().close();
  },
  240_000,
);
