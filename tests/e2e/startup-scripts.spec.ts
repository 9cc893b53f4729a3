import { describe, expect, it } from 'vitest';
import { baseURL, SEED } from './browser';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The scripts a page loads, as its prerendered HTML names them (the polyfills' noModule excluded). */
async function scriptsOf(path: string): Promise<{ src: string; code: string }[]> {
  const html = await (await fetch(`${baseURL()}${path}`)).text();
  const sources = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map(([, attributes = '']) => attributes)
    .filter((attributes) => !/\bnoModule\b/i.test(attributes))
    .flatMap((attributes) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? []);
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
