import { describe, expect, it } from 'vitest';
import { openerForThisFile, pageErrors, SEED } from './browser';

const open = openerForThisFile();
const ARTICLE = `/en/articles/${SEED}`;

describe('sentences in the reader', () => {
  it('gives each sentence the same id on both sides and keeps every block verbatim', async () => {
    const page = await open(ARTICLE);
    const blocks = await page.$$eval('[data-segment]:not([data-status="pending"])', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-segment'),
        lang: el.getAttribute('lang'),
        sentences: [...new Set([...el.querySelectorAll('[data-sentence]')].map((s) => s.getAttribute('data-sentence')))],
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
        els.map((el) => `${el.closest('[data-segment]')?.getAttribute('lang')} ${el.getAttribute('data-sentence')}`),
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
