/**
 * First contentful paint and hydration under slow 4G and a 4× CPU throttle (bench/first-paint.mjs),
 * the pages taking turns so that each sees the same noise from the rest of the machine.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { run } from './processes';
import { CHROME_PATH } from './tools';

const pageResult = z.object({
  fcpMs: z.number(),
  hydratedMs: z.number(),
  fcpRunsMs: z.array(z.number()),
  hydratedRunsMs: z.array(z.number()),
});
export type FirstPaintResult = z.infer<typeof pageResult>;

export async function firstPaint(urls: string[], loads: number): Promise<Map<string, FirstPaintResult>> {
  const output = await run(process.execPath, [
    join(__dirname, 'first-paint.mjs'),
    CHROME_PATH,
    String(loads),
    ...urls,
  ]);
  const parsed = z.record(z.string(), pageResult).parse(JSON.parse(output));
  return new Map(urls.map((url) => [url, parsed[url]!]));
}
