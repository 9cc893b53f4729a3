/**
 * Blocking time and LCP of real page loads under a 4× CPU throttle (bench/blocking-time.mjs),
 * the pages taking turns so that each sees the same noise from the rest of the machine.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { run } from './processes';
import { CHROME_PATH } from './tools';

const pageResult = z.object({
  blockingMs: z.number(),
  lcpMs: z.number(),
  blockingRunsMs: z.array(z.number()),
});
export type BlockingResult = z.infer<typeof pageResult>;

export async function blockingTime(urls: string[], loads: number): Promise<Map<string, BlockingResult>> {
  const output = await run(process.execPath, [
    join(__dirname, 'blocking-time.mjs'),
    CHROME_PATH,
    String(loads),
    ...urls,
  ]);
  const parsed = z.record(z.string(), pageResult).parse(JSON.parse(output));
  return new Map(urls.map((url) => [url, parsed[url]!]));
}
