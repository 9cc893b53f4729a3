/**
 * Lighthouse scores of a page: the median of several runs of bench/lighthouse-once.mjs, each in
 * a fresh Chromium profile, per category.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { run } from './processes';
import { CHROME_PATH } from './tools';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const categoryResult = z.object({ score: z.number(), failing: z.array(z.string()) });
const runResult = z.object({
  performance: categoryResult,
  accessibility: categoryResult,
  'best-practices': categoryResult,
  seo: categoryResult,
});

export type PageScores = z.infer<typeof runResult>;

const MAX_FAILED_RUNS = 3;

export async function lighthouseMedian(url: string, runs: number): Promise<PageScores> {
  const results: PageScores[] = [];
  let failures = 0;
  while (results.length < runs) {
    try {
      const output = await run(process.execPath, [join(__dirname, 'lighthouse-once.mjs'), url, CHROME_PATH]);
      results.push(runResult.parse(JSON.parse(output)));
    } catch (error) {
      // Lighthouse sometimes loses the trace on a loaded machine (NO_NAVSTART): a failed run
      // is retried, not counted, up to a limit, so one flake does not lose the whole bench.
      if (++failures > MAX_FAILED_RUNS) throw error;
      console.warn(`  Lighthouse run failed (${failures}/${MAX_FAILED_RUNS} retries used), retrying`);
    }
  }
  const median = (category: Category) => {
    const sorted = results.map((r) => r[category]).sort((a, b) => a.score - b.score);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    'best-practices': median('best-practices'),
    seo: median('seo'),
  };
}
