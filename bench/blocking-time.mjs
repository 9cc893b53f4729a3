// Main-thread blocking time of real page loads under Chromium's own 4× CPU throttle, the pages
// taking turns: `node bench/blocking-time.mjs <chrome path> <loads> <url>...` prints, per URL, the
// median over the loads of the blocking time (the part of each long task over 50 ms, as
// Lighthouse counts it) and of the largest contentful paint, as JSON.
// Lighthouse estimates the same from one unthrottled trace, which on a shared 2-core machine
// swings by ±100 ms between runs; alternating real loads compares pages under the same noise.
// Plain JavaScript for the reason given in lighthouse-once.mjs (functions sent to the page).
import { chromium } from 'playwright-core';
import { newMobilePage } from './mobile-page.mjs';

const [chromePath, loadsArg, ...urls] = process.argv.slice(2);
const loads = Number(loadsArg);
const SETTLE_MS = 2500; // after `load`, for hydration and the islands' first effects

const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
const samples = new Map(urls.map((url) => [url, []]));
try {
  for (let i = 0; i < loads; i++) {
    for (const url of urls) {
      const { context, page } = await newMobilePage(browser);
      await page.addInitScript(() => {
        const seen = { blocking: 0, lcp: 0 };
        Object.defineProperty(window, '__bench', { value: seen });
        new PerformanceObserver((list) => {
          for (const task of list.getEntries()) seen.blocking += Math.max(0, task.duration - 50);
        }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.lcp = entry.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
      await page.waitForTimeout(SETTLE_MS);
      samples.get(url).push(await page.evaluate(() => ({ ...window.__bench })));
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const result = {};
for (const [url, runs] of samples) {
  result[url] = {
    blockingMs: Math.round(median(runs.map((r) => r.blocking))),
    lcpMs: Math.round(median(runs.map((r) => r.lcp))),
    blockingRunsMs: runs.map((r) => Math.round(r.blocking)),
  };
}
process.stdout.write(JSON.stringify(result));
