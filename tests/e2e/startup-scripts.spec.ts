import { describe, expect, it } from 'vitest';
import { scriptsListedAfterPaint } from '../../deploy/scripts-after-paint.mjs';
import { baseURL, openerForThisFile, SEED } from './browser';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The scripts a page loads, as its prerendered HTML names them (the polyfills' noModule excluded). */
async function scriptsOf(path: string): Promise<{ src: string; code: string }[]> {
  const html = await (await fetch(`${baseURL()}${path}`)).text();
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? [])
    .concat(scriptsListedAfterPaint(html));
  return Promise.all(
    sources.map(async (src) => ({ src, code: await (await fetch(`${baseURL()}${src}`)).text() })),
  );
}

const hinted = (scripts: { src: string; code: string }[]) =>
  scripts.filter(({ code }) => code.startsWith(COMPILE_HINT)).map(({ src }) => src);

// Chromium compiles a hinted file on its streaming thread instead of function by function on the
// main thread while React starts: the reader can scroll and tap sooner (measured in bench/).
describe('the scripts every page starts with', () => {
  const pages = ['/en', '/id', `/en/articles/${SEED}`, `/id/articles/${SEED}`, '/en/glossary'];

  it.each(pages)('are marked for eager compilation on %s, the framework among them', async (path) => {
    const scripts = await scriptsOf(path);
    const largest = scripts.reduce((a, b) => (b.code.length > a.code.length ? b : a));
    expect(largest.code.length).toBeGreaterThan(100_000);
    expect(hinted(scripts)).toContain(largest.src);
  });

  it('are the same set on every page, and page-specific code stays lazily compiled', async () => {
    const [library, article, glossary] = await Promise.all(
      ['/en', `/en/articles/${SEED}`, '/en/glossary'].map(scriptsOf),
    );
    const startup = hinted(library!);
    expect(startup.length).toBeGreaterThan(0);
    expect(hinted(article!)).toEqual(startup);
    expect(hinted(glossary!)).toEqual(startup);
    // The article's own chunks keep V8's lazy default: hinting them too measured no gain (README).
    const articleOnly = article!.filter(({ src }) => !library!.some((script) => script.src === src));
    expect(articleOnly.length).toBeGreaterThan(0);
    for (const { src } of articleOnly) expect(startup).not.toContain(src);
  });
});

// deploy/scripts-after-paint.mjs: the text is painted before the start-up chunks are even
// requested, so they never compete with it; then they load and the page hydrates.
describe('the start-up scripts in Chromium', () => {
  const open = openerForThisFile();

  it.each(['/en', `/en/articles/${SEED}`, `/id/articles/${SEED}`])(
    'are all requested only after %s has painted its text',
    async (path) => {
      const listed = scriptsListedAfterPaint(await (await fetch(`${baseURL()}${path}`)).text());
      expect(listed.length).toBeGreaterThan(0);
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      const { paint, requested } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        requested: performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
          .map((entry) => ({ path: new URL(entry.name).pathname, at: entry.startTime })),
      }));
      expect(paint).toBeGreaterThan(0);
      expect(requested.map((script) => script.path)).toEqual(expect.arrayContaining(listed));
      for (const script of requested) expect(script.at, script.path).toBeGreaterThan(paint!);
    },
  );

  it('hydrate the article: tabbing onto a name opens its card', async () => {
    const page = await open(`/en/articles/${SEED}`);
    const card = page.locator('#term-card[data-term-card="tass"]');
    // From the name before it onto TASS, again until the island has hydrated and answers.
    await expect
      .poll(async () => {
        await page.locator('[data-segment="p4"][lang="en"] [data-term="telegram"]').focus();
        await page.keyboard.press('Tab');
        return card.isVisible();
      })
      .toBe(true);
  });
});
