/**
 * `npm run bench:loading`: the article's loading against a bare next-intl page in the same run.
 * First contentful paint and the time React has hydrated, as medians of alternating real loads
 * under slow-4G emulation and a 4× CPU throttle, and Lighthouse (mobile, median of 5) beside
 * them. Budgets (the foundation issue): FCP ≤ 1.15× and hydration ≤ 1.1× the bare page's.
 *
 * A third page takes its turn too, as a reference for where the article's cost is not: the same
 * bare app rendering the article's own texts, one `<p lang>` each (the "floor" of bench/run.ts).
 */
import { join } from 'node:path';
import { firstPaint } from './first-paint';
import { articleTexts } from './js-weight';
import { lighthouseMedian } from './lighthouse';
import { freePort, stopAll } from './processes';
import { buildApp, buildEnv, copyProject, startApp, writeBareApp } from './scratch';
import { ensureTools } from './tools';

const SLUG = 'putin-kolaborasi-rusia-dan-korea-utara-akan-berkontribusi';
// 16, not 8: on 2 cores single loads of the same page scatter by ±150 ms, and a median of 8 moved
// the article/bare ratio by up to 0.1 between runs at one commit.
const LOADS = Number(process.env.BENCH_LOADS ?? 16);
const LIGHTHOUSE_RUNS = 5;

async function main() {
  ensureTools();
  const [appPort, barePort] = [await freePort(), await freePort()];
  const app = copyProject('app');
  await buildApp(app, buildEnv({ SITE_URL: `http://127.0.0.1:${appPort}` }), true);
  const bare = writeBareApp('bare');
  await buildApp(bare, buildEnv(), false);
  const floorPort = await freePort();
  const floor = writeBareApp('floor', await articleTexts(join(app, 'content'), SLUG));
  await buildApp(floor, buildEnv(), false);
  await startApp(app, appPort, 'next-app');
  await startApp(bare, barePort, 'next-bare');
  await startApp(floor, floorPort, 'next-floor');
  const pages = {
    article: `http://127.0.0.1:${appPort}/en/articles/${SLUG}`,
    'bare page': `http://127.0.0.1:${barePort}/en`,
    'bare + texts': `http://127.0.0.1:${floorPort}/en`,
  };
  console.log(`› ${LOADS} alternating loads per page, slow 4G + 4× CPU`);
  const loads = await firstPaint(Object.values(pages), LOADS);
  console.log(`› Lighthouse, ${LIGHTHOUSE_RUNS} runs per page`);
  const rows = [];
  for (const [page, url] of Object.entries(pages)) {
    const scores = await lighthouseMedian(url, LIGHTHOUSE_RUNS);
    rows.push({ page, ...loads.get(url)!, lighthouse: scores.performance.score });
  }
  const [article, baseline, texts] = rows;
  console.log('\npage          FCP (ms)  hydrated (ms)  Lighthouse perf  FCP runs / hydrated runs');
  for (const r of rows)
    console.log(
      `${r.page.padEnd(13)} ${String(r.fcpMs).padStart(8)}  ${String(r.hydratedMs).padStart(13)}  ${String(r.lighthouse).padStart(15)}  ${r.fcpRunsMs.join(',')} / ${r.hydratedRunsMs.join(',')}`,
    );
  if (article && baseline) {
    const fcp = article.fcpMs / baseline.fcpMs;
    const hydrated = article.hydratedMs / baseline.hydratedMs;
    console.log(
      `\narticle / bare: FCP ${fcp.toFixed(2)}× (budget ≤ 1.15×), hydrated ${hydrated.toFixed(2)}× (budget ≤ 1.10×)`,
    );
  }
  if (texts && baseline)
    console.log(
      `bare + texts / bare: FCP ${(texts.fcpMs / baseline.fcpMs).toFixed(2)}×, hydrated ${(texts.hydratedMs / baseline.hydratedMs).toFixed(2)}× (reference: the article's words alone)`,
    );
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
