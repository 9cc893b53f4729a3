/**
 * `npm run bench [-- --quick]`: every performance measurement of the project, each beside its
 * baseline in the same run, checked against its budget; prints the report and writes
 * bench/results.md. Builds, servers and nginx run from scratch folders in bench/.work.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { blockingTime } from './blocking';
import { measureBuild, type BuildResult } from './build-scaling';
import { articleTexts, gzipBytes, pageWeight, textsGzip } from './js-weight';
import { CATEGORIES, lighthouseMedian } from './lighthouse';
import { freePort, run, stopAll } from './processes';
import { renderResults, type Budget, type Results } from './report';
import { buildApp, buildEnv, copyProject, ROOT, startApp, WORK, writeBareApp } from './scratch';
import { CONNECTIONS, loadTest, startCachingProxy, startStaticServer } from './serving';
import { ensureTools } from './tools';

const SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
const PAGES = [
  { page: 'library', path: '' },
  { page: 'article', path: `/articles/${SLUG}` },
  { page: 'glossary', path: '/glossary' },
];
const LOCALES = ['en', 'id'];
const LIGHTHOUSE_RUNS = 3;
const BLOCKING_LOADS = 8;
const LOAD_SECONDS = 15;
const CORPUS_SIZES = [100, 1_000] as const;

const step = (text: string) => console.log(`\n› ${text}`);

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const startedAt = new Date();
  const started = performance.now();
  const loadAtStart = loadavg()[0]!.toFixed(1);
  ensureTools();
  mkdirSync(WORK, { recursive: true });

  step('Glossary matching: npm run bench:glossary');
  const glossaryOutput = await run('npm', ['run', '--silent', 'bench:glossary'], { cwd: ROOT });

  step('Building a scratch copy of the project and the bare next-intl baseline');
  const appPort = await freePort();
  const app = copyProject('app');
  // Canonical and alternate links are absolute; point them at the server Lighthouse will audit.
  await buildApp(app, buildEnv({ SITE_URL: `http://127.0.0.1:${appPort}` }), true);
  const bare = writeBareApp('bare');
  await buildApp(bare, buildEnv(), false);
  const texts = await articleTexts(join(app, 'content'), SLUG);
  const floor = writeBareApp('floor', texts);
  await buildApp(floor, buildEnv(), false);
  const appServer = await startApp(app, appPort, 'next-app');
  const origin = `http://127.0.0.1:${appPort}`;

  step('Transfer weight');
  const barePort = await freePort();
  const bareServer = await startApp(bare, barePort, 'next-bare');
  const bareWeight = await pageWeight(`http://127.0.0.1:${barePort}`, '/en');
  await bareServer.stop();
  const floorServer = await startApp(floor, barePort, 'next-floor');
  const floorWeight = await pageWeight(`http://127.0.0.1:${barePort}`, '/en');
  await floorServer.stop();
  const weights = [];
  for (const { page, path } of PAGES)
    weights.push({ page, path: `/en${path}`, weight: await pageWeight(origin, `/en${path}`) });
  const textGzip = textsGzip(texts);
  const termCards = await fetch(`${origin}/en/articles/${SLUG}/terms.json`);
  if (!termCards.ok) throw new Error(`terms.json answered ${termCards.status}`);
  const termCardsGzip = gzipBytes(Buffer.from(await termCards.arrayBuffer()));

  step(`Lighthouse, ${LIGHTHOUSE_RUNS} runs per page`);
  const lighthouse = [];
  for (const { page, path } of PAGES) {
    for (const locale of LOCALES) {
      const url = `${origin}/${locale}${path}`;
      const status = (await fetch(url)).status;
      console.log(`  ${url} (${status})`);
      lighthouse.push({
        page: `${page} /${locale}`,
        url,
        scores: status === 200 ? await lighthouseMedian(url, LIGHTHOUSE_RUNS) : undefined,
      });
    }
  }

  // The same audit of the bare next-intl page: the score the framework alone reaches on this machine.
  const bareAgain = await startApp(bare, barePort, 'next-bare');
  const bareUrl = `http://127.0.0.1:${barePort}/en`;
  console.log(`  ${bareUrl} (bare baseline)`);
  const bareLighthouse = {
    page: 'baseline: bare next-intl page /en',
    url: bareUrl,
    scores: await lighthouseMedian(bareUrl, LIGHTHOUSE_RUNS),
  };

  step(`Blocking time under a 4× CPU throttle, ${BLOCKING_LOADS} loads per page, pages taking turns`);
  const articleUrls = LOCALES.map((locale) => `${origin}/${locale}/articles/${SLUG}`);
  const blocking = await blockingTime([bareUrl, ...articleUrls], BLOCKING_LOADS);
  await bareAgain.stop();

  step(`Serving the article page: wrk, ${CONNECTIONS} connections, ${LOAD_SECONDS} s each`);
  const articlePath = `/en/articles/${SLUG}`;
  const articleResponse = await fetch(origin + articlePath);
  const cacheControl = articleResponse.headers.get('cache-control') ?? '(none)';
  const articleHtml = await articleResponse.text();
  const next = await loadTest(origin + articlePath, LOAD_SECONDS);
  const proxy = await startCachingProxy(appPort);
  const proxied = await loadTest(proxy.origin + articlePath, LOAD_SECONDS);
  const cacheStatus = async (path: string) => {
    const response = await fetch(proxy.origin + path);
    await response.arrayBuffer();
    return response.headers.get('x-cache-status') ?? '(none)';
  };
  const proxyCacheStatus = await cacheStatus(articlePath);
  // No 404 is stored, not even the one Next marks `s-maxage=31536000` (an unknown file-like path).
  const notFoundCacheStatus = [
    await cacheStatus('/no-such-file.txt'),
    await cacheStatus('/no-such-file.txt'),
  ];
  await proxy.service.stop();
  await appServer.stop();
  const staticServer = await startStaticServer(articleHtml);
  const staticFile = await loadTest(staticServer.origin + staticServer.path, LOAD_SECONDS);
  await staticServer.service.stop();

  const builds: BuildResult[] = [];
  let buildError: string | undefined;
  if (!quick) {
    try {
      for (const size of CORPUS_SIZES) {
        step(`Build scaling: ${size} articles`);
        builds.push(await measureBuild(size));
      }
    } catch (error) {
      // Keep the other figures: report the failure in results.md instead of losing the whole run.
      buildError = String(error).slice(0, 2_000);
      console.error(buildError);
    }
  }

  const results: Results = {
    startedAt,
    seconds: (performance.now() - started) / 1000,
    quick,
    machine: `${cpus().length} CPU cores (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadAtStart} at the start and ${loadavg()[0]!.toFixed(1)} at the end (other work on the machine skews timings)`,
    weights,
    bareWeight,
    articleTextGzip: textGzip,
    floorHtmlGzip: floorWeight.htmlGzip,
    termCardsGzip,
    lighthouse,
    bareLighthouse,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    blocking: {
      loads: BLOCKING_LOADS,
      bare: blocking.get(bareUrl)!,
      articles: LOCALES.map((locale, i) => ({
        page: `article /${locale}`,
        ...blocking.get(articleUrls[i]!)!,
      })),
    },
    builds,
    buildError,
    glossaryOutput,
    serving: {
      next,
      proxy: proxied,
      static: staticFile,
      bytes: Buffer.byteLength(articleHtml),
      seconds: LOAD_SECONDS,
      connections: CONNECTIONS,
      cacheControl,
      proxyCacheStatus,
      notFoundCacheStatus,
    },
    budgets: [],
  };
  results.budgets = budgets(results);
  const report = renderResults(results);
  writeFileSync(join(ROOT, 'bench', 'results.md'), report);
  console.log(`\n${report}\nWritten to bench/results.md.`);
}

function budgets(r: Results): Budget[] {
  const article = r.weights.find((w) => w.page === 'article')!.weight;
  const jsOver = article.jsGzip - r.bareWeight.jsGzip;
  const list: Budget[] = [
    {
      name: 'article JS over the bare next-intl page',
      limit: '≤ 10.0 kB gzip',
      actual: `${(jsOver / 1000).toFixed(1)} kB (${article.jsGzip} − ${r.bareWeight.jsGzip} bytes)`,
      met: jsOver <= 10_000,
    },
    {
      name: 'article HTML against its two texts',
      limit: '≤ 2.5×',
      actual: `${(article.htmlGzip / r.articleTextGzip).toFixed(2)}× (${article.htmlGzip} / ${r.articleTextGzip} bytes gzip; the texts alone in a bare page: ${(r.floorHtmlGzip / r.articleTextGzip).toFixed(2)}×)`,
      met: article.htmlGzip <= 2.5 * r.articleTextGzip,
    },
  ];
  for (const { page, scores } of r.lighthouse) {
    list.push({
      name: `Lighthouse ${page}`,
      limit: '100 in each category',
      actual: scores ? CATEGORIES.map((c) => scores[c].score).join(' / ') : 'n/a (404)',
      met: scores ? CATEGORIES.every((c) => scores[c].score === 100) : 'n/a',
    });
  }
  const [small, large] = r.builds;
  list.push({
    name: 'build time per article, 1,000 against 100',
    limit: '≤ 1.5×',
    actual:
      small && large
        ? `${(large.secondsPerArticle / small.secondsPerArticle).toFixed(2)}× (${(large.secondsPerArticle * 1000).toFixed(0)} / ${(small.secondsPerArticle * 1000).toFixed(0)} ms)`
        : r.buildError
          ? 'build failed (see section 3)'
          : 'skipped (--quick)',
    met: small && large ? large.secondsPerArticle <= 1.5 * small.secondsPerArticle : 'n/a',
  });
  const matcherAt10k = glossaryMatcherMs(r.glossaryOutput);
  list.push({
    name: 'glossary matching at 10,000 entries',
    limit: '< 2 ms per article',
    actual: Number.isNaN(matcherAt10k) ? 'not found in the output' : `${matcherAt10k} ms`,
    met: matcherAt10k < 2,
  });
  const share = r.serving.proxy.requestsPerSecond / r.serving.static.requestsPerSecond;
  list.push({
    name: 'nginx caching proxy against nginx static',
    limit: '≥ 50% of the requests/s',
    actual: `${(share * 100).toFixed(0)}% (${r.serving.proxy.requestsPerSecond.toFixed(0)} / ${r.serving.static.requestsPerSecond.toFixed(0)})`,
    met: share >= 0.5 && r.serving.proxy.errors === 0,
  });
  return list;
}

/** The matcher's ms per article in bench:glossary's row for the largest glossary (10,000 synthetic entries plus the real ones). */
function glossaryMatcherMs(output: string): number {
  const row = output
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .find((cells) => Number(cells[0]) >= 10_000);
  return Number(row?.[2] ?? NaN);
}

async function stopAndExit(code: number): Promise<never> {
  await stopAll();
  process.exit(code);
}

process.once('SIGINT', () => void stopAndExit(130));
process.once('SIGTERM', () => void stopAndExit(143));
main().then(
  () => stopAndExit(0),
  (error: unknown) => {
    console.error(error);
    return stopAndExit(1);
  },
);
