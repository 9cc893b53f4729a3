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

export async function lighthouseMedian(url: string, runs: number): Promise<PageScores> {
  const results: PageScores[] = [];
  for (let i = 0; i < runs; i++) {
    const output = await run(process.execPath, [join(__dirname, 'lighthouse-once.mjs'), url, CHROME_PATH]);
    results.push(runResult.parse(JSON.parse(output)));
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
