// First contentful paint and the moment React has hydrated, in real page loads under DevTools'
// slow-4G emulation (562.5 ms latency, 1.47 Mbit/s down, 675 kbit/s up) and a 4× CPU throttle,
// the pages taking turns: `node bench/first-paint.mjs <chrome path> <loads> <url>...` prints,
// per URL, the median of each over the loads, and every sample, as JSON.
// "Hydrated" is the first moment the page's <body> carries the fiber React attaches to every
// element it has hydrated: the same signal for the bare page and the article, read by polling
// every 10 ms from a script set up before any of the page's own (its cost is the same for both).
// Plain JavaScript, as lighthouse-once.mjs: functions sent to the page must not be transpiled.
import { chromium } from 'playwright-core';
import { newMobilePage } from './mobile-page.mjs';

const [chromePath, loadsArg, ...urls] = process.argv.slice(2);
const loads = Number(loadsArg);
const TIMEOUT_MS = 30_000;

const browser = await chromium.launch({
  executablePath: chromePath,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const samples = new Map(urls.map((url) => [url, []]));
try {
  for (let i = 0; i < loads; i++) {
    for (const url of urls) {
      const { context, page } = await newMobilePage(browser, { slow4g: true });
      await page.addInitScript(() => {
        const seen = { fcp: 0, hydrated: 0 };
        Object.defineProperty(window, '__bench', { value: seen });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
        }).observe({ type: 'paint', buffered: true });
        const poll = setInterval(() => {
          const body = document.body;
          if (body && Object.keys(body).some((key) => key.startsWith('__reactFiber$'))) {
            seen.hydrated = performance.now();
            clearInterval(poll);
          }
        }, 10);
      });
      const response = await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      await page.waitForFunction(() => window.__bench.fcp > 0 && window.__bench.hydrated > 0, null, {
        timeout: TIMEOUT_MS,
        polling: 100,
      });
      samples.get(url).push(await page.evaluate(() => ({ ...window.__bench })));
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const result = {};
for (const [url, runs] of samples) {
  result[url] = {
    fcpMs: Math.round(median(runs.map((r) => r.fcp))),
    hydratedMs: Math.round(median(runs.map((r) => r.hydrated))),
    fcpRunsMs: runs.map((r) => Math.round(r.fcp)),
    hydratedRunsMs: runs.map((r) => Math.round(r.hydrated)),
  };
}
process.stdout.write(JSON.stringify(result));
