import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/study/csv';
import { expectAccessible, openerForThisFile, pageErrors, SEED } from './browser';

const open = openerForThisFile();
const ARTICLE = `/en/articles/${SEED}`;

describe('sentences in the reader', () => {
  it('gives each sentence the same id on both sides and keeps every block verbatim', async () => {
    const page = await open(ARTICLE);
    const blocks = await page.$$eval('[data-segment]:not([data-status="pending"])', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-segment'),
        lang: el.getAttribute('lang'),
        sentences: [
          ...new Set([...el.querySelectorAll('[data-sentence]')].map((s) => s.getAttribute('data-sentence'))),
        ],
        text: el.textContent ?? '',
        joined: [...el.querySelectorAll('[data-sentence]')].map((s) => s.textContent).join(' '),
      })),
    );
    const originals = blocks.filter((b) => b.lang === 'id');
    expect(originals.length).toBeGreaterThan(5);
    for (const original of originals) {
      const twin = blocks.find((b) => b.lang === 'en' && b.id === original.id);
      expect(original.sentences.length, original.id ?? '').toBeGreaterThan(0);
      expect(original.sentences.every((s) => s?.startsWith(`${original.id}.s`))).toBe(true);
      expect(twin?.sentences).toEqual(original.sentences);
      // Only whitespace lies outside the sentences.
      expect(original.joined.replace(/\s+/g, ' ')).toBe(original.text.trim().replace(/\s+/g, ' '));
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it('marks the sentences that translate a hovered sentence', async () => {
    const page = await open(ARTICLE);
    const sentence = page.locator('[data-segment="p2"][lang="id"] [data-sentence="p2.s1"]').first();
    const marked = () =>
      page.$$eval('[data-sentence][data-highlighted]', (els) =>
        els.map(
          (el) => `${el.closest('[data-segment]')?.getAttribute('lang')} ${el.getAttribute('data-sentence')}`,
        ),
      );
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await sentence.hover();
        return marked();
      })
      .not.toEqual([]);
    expect(new Set(await marked())).toEqual(new Set(['en p2.s1']));
  });
});

const STUDY_KEY = 'sejajar:study-list';

/** The Indonesian sentence around a mention and the English sentences with the same id. */
async function sentenceAround(page: Page, mention: Locator) {
  const id = await mention.evaluate(
    (el) => el.closest('[data-sentence]')?.getAttribute('data-sentence') ?? '',
  );
  const textIn = (lang: string) =>
    page.$$eval(`[data-segment][lang="${lang}"] [data-sentence="${id}"]`, (els) =>
      els
        .map((el) => el.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  return { id, indonesian: await textIn('id'), english: await textIn('en') };
}

describe('the study list', () => {
  it('saves a name from its card with its sentence in both languages, keeps it across reloads, exports it for Anki and removes it', async () => {
    const page = await open(ARTICLE);
    const mention = page.locator('[data-segment="p6"][lang="id"] [data-term="vostochny-cosmodrome"]');
    const card = page.locator('#term-card[data-term-card="vostochny-cosmodrome"]');
    await expect
      .poll(async () => {
        await page.mouse.move(0, 0);
        await mention.hover();
        await page.waitForTimeout(400);
        return card.isVisible();
      })
      .toBe(true);
    const sentence = await sentenceAround(page, mention);
    expect(sentence.indonesian).toContain('Vostochny');
    expect(sentence.english).not.toBe('');
    const save = card.getByRole('button', { name: 'Save', exact: true });
    await save.hover();
    await save.click();
    await expect.poll(() => card.getByRole('button', { name: 'Saved', exact: true }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Saved to your study list' }).count())
      .toBe(1);

    await page.goto('/en/study');
    const item = page.locator('[data-study-entry="vostochny-cosmodrome"]');
    await item.waitFor();
    await page.reload();
    await item.waitFor();
    expect(await item.locator('dd[lang="id"]').textContent()).toBe(sentence.indonesian);
    expect(await item.locator('dd[lang="en"]').textContent()).toBe(sentence.english);
    expect(await item.getByRole('link').getAttribute('href')).toBe(`/en/articles/${SEED}#p6`);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    const row = parseCsv(csv).find((fields) => fields[0] === 'Kosmodrom Vostochny');
    // front, back, context, then root and analysis, which only a saved word has.
    expect(row).toHaveLength(5);
    expect(row?.slice(3)).toEqual(['', '']);
    expect(row?.[1]).toContain('Vostochny Cosmodrome');
    expect(row?.[2]).toContain(sentence.indonesian);
    expect(row?.[2]).toContain(sentence.english);
    expect(row?.[2]).toContain(`/en/articles/${SEED}#p6`);

    await page.getByRole('button', { name: /^Remove Kosmodrom Vostochny$/ }).click();
    await page.locator('#study-empty').waitFor();
    expect(await item.count()).toBe(0);
    await page.reload();
    await page.locator('#study-empty').waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it('saves the focused name with the s key and announces it', async () => {
    const page = await open('/id/articles/' + SEED);
    const mention = page.locator('[data-segment="p4"][lang="en"] [data-term="tass"]');
    await expect
      .poll(async () => {
        await mention.focus();
        await page.keyboard.press('s');
        return page.evaluate((key) => localStorage.getItem(key) ?? '', STUDY_KEY);
      })
      .toContain('"termId":"tass"');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Disimpan ke daftar belajar: TASS' }).count())
      .toBe(1);
    // Its card, opened with Enter, says so too.
    await mention.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#term-card[data-term-card="tass"] [data-save-label]').textContent())
      .toBe('Tersimpan');
  });

  it('says so, and keeps the list as it was, when the s key cannot reach the glossary notes', async () => {
    const page = await open(ARTICLE);
    await page.route('**/terms.json', (route) => route.fulfill({ status: 503, body: '' }));
    const mention = page.locator('[data-segment="p4"][lang="en"] [data-term="tass"]');
    await expect
      .poll(async () => {
        await mention.focus();
        await page.keyboard.press('s');
        return page.getByRole('status').filter({ hasText: 'Could not save' }).count();
      })
      .toBe(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), STUDY_KEY)).toBeNull();
  });

  it.each(['en', 'id'])('meets WCAG 2.2 AA on /%s/study, empty and with an entry', async (locale) => {
    const page = await open(`/${locale}/study`);
    await page.locator('#study-empty').waitFor();
    await expectAccessible(page);
    await page.evaluate((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          entries: [
            {
              termId: 'kremlin',
              name: { id: 'Kremlin', en: 'Kremlin' },
              note: { id: 'Kompleks benteng di Moskow.', en: 'The fortified complex in Moscow.' },
              sentence: { id: 'Kremlin menyatakan hal itu.', en: 'The Kremlin said so.' },
              article: 'putin',
              segment: 'p9',
              savedAt: '2025-01-01T00:00:00.000Z',
            },
          ],
        }),
      );
    }, STUDY_KEY);
    await page.reload();
    await page.locator('[data-study-entry="kremlin"]').waitFor();
    await expectAccessible(page);
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (els) =>
      els.map((el) => el.getAttribute('hreflang')),
    );
    expect(alternates).toEqual(expect.arrayContaining(['en', 'id', 'x-default']));
  });
});
