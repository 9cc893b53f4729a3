/**
 * The last step of `npm run build`: every prerendered page fetches its scripts only after the
 * browser has painted the text.
 *
 * Next puts a page's start-up chunks in `<head>` as `<script async>`, so the browser fetches about
 * 150 kB of JavaScript alongside the 5 kB stylesheet the first paint waits for. On a slow phone
 * connection they share the link; on loopback they often finish first, and Lighthouse's simulation
 * then charges all of them to the Largest Contentful Paint (the article's simulated LCP swung
 * between 0.8 s and 2.3 s from run to run, README "Performance"). Here the page names the same
 * chunks in a small inline loader that adds them once the first contentful paint is reported. The
 * cost is a later hydration, by the time from the HTML to the first paint (about 0.7 s in DevTools'
 * slow-4G emulation, where the paint itself came no sooner); until then links work as plain
 * links. Next has no option for this (vercel/next.js#66958 asks for `defer`, which
 * would still fetch them early), hence a rewrite of its output, which fails the build loudly when
 * the output no longer looks as expected.
 *
 *   node deploy/scripts-after-paint.mjs [distDir]      (after `next build`; distDir defaults to .next)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The loader's `id`: marks a page already rewritten, and lets tools read the list back. */
export const LOADER_ID = 'scripts-after-paint';

// Next's own start-up chunks only (content can never produce an unescaped tag): as Next 16 writes
// them, and the low-priority preload it adds for the bootstrap chunk.
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js(?:\?[^"<>]*)?)" async=""><\/script>/g;
const CHUNK_PRELOAD =
  /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"<>]+"\/>/g;
const LOADER = new RegExp(`<script id="${LOADER_ID}">\\(.*?\\)\\((\\[[^\\]]*\\])\\)</script>`, 's');

/**
 * Runs in the page (it is written into the HTML as source text, so it uses nothing from outside).
 * Hidden pages never paint, and some browsers cannot report a paint: those load at once, as
 * before. The timeout makes sure a page always becomes interactive.
 * @param {string[]} sources
 */
export function loadAfterFirstPaint(sources) {
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    for (const src of sources) {
      const script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.head.append(script);
    }
  };
  if (
    document.visibilityState !== 'visible' ||
    typeof PerformanceObserver !== 'function' ||
    !(PerformanceObserver.supportedEntryTypes || []).includes('paint')
  ) {
    load();
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    load();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(load, 3000);
}

/**
 * The page with its start-up chunks moved into the loader, in their order. A page rewritten
 * before comes back unchanged.
 * @param {string} html
 * @param {string} file named in the error when the page does not look like Next's output
 */
export function scriptsAfterPaint(html, file) {
  if (LOADER.test(html)) return html;
  /** @type {string[]} */
  const sources = [];
  const withoutChunks = html
    .replace(CHUNK_SCRIPT, (_tag, /** @type {string} */ src) => {
      const url = src.replaceAll('&amp;', '&');
      if (!sources.includes(url)) sources.push(url);
      return '';
    })
    .replace(CHUNK_PRELOAD, '');
  const bodyEnds = withoutChunks.split('</body>').length - 1;
  if (sources.length === 0 || bodyEnds !== 1) {
    throw new Error(
      `${file}: expected Next's <script src="/_next/static/…" async=""> tags and one </body>, ` +
        `found ${sources.length} and ${bodyEnds}. Has Next changed its output?`,
    );
  }
  // One line: the function's own line breaks and indentation are bytes every page would carry.
  const code = String(loadAfterFirstPaint).replace(/\s*\n\s*/g, ' ');
  const loader = `<script id="${LOADER_ID}">(${code})(${JSON.stringify(sources)})</script>`;
  return withoutChunks.replace('</body>', `${loader}</body>`);
}

/**
 * The scripts a rewritten page's loader adds, or none for a page without one.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptsListedAfterPaint(html) {
  const list = LOADER.exec(html)?.[1];
  return list ? JSON.parse(list) : [];
}

/**
 * Rewrites every prerendered page under `<distDir>/server`; returns how many.
 * @param {string} distDir
 */
export async function rewriteBuild(distDir) {
  const server = join(distDir, 'server');
  const pages = (await readdir(server, { recursive: true }))
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(server, path));
  if (pages.length === 0) throw new Error(`${server} holds no prerendered pages: run \`next build\` first.`);
  for (const page of pages) {
    const html = await readFile(page, 'utf8');
    const rewritten = scriptsAfterPaint(html, relative(process.cwd(), page));
    if (rewritten !== html) await writeFile(page, rewritten);
  }
  return pages.length;
}

// No top-level await: bench/ imports this file through tsx, which loads it as CommonJS.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ?? '.next';
  rewriteBuild(distDir).then(
    (count) => console.log(`Scripts after first paint: ${count} prerendered pages in ${distDir}/server.`),
    (error) => {
      console.error(`scripts-after-paint: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    },
  );
}
