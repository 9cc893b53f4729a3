import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The articles this build published. next.config.js writes their slugs into the build (Next
 * inlines `process.env.SEJAJAR_PUBLISHED` at compile time), so an article folder put on the
 * server after the build is a 404, never rendered on demand without the content check.
 */
const published = new Set((process.env.SEJAJAR_PUBLISHED ?? '').split(',').filter(Boolean));

/**
 * In the translation workspace, where articles are imported while it runs, the folders on disk
 * are the articles (the reader there renders on demand and validates as it reads).
 */
export function isPublished(slug: string): boolean {
  if (process.env.SEJAJAR_STUDIO !== '1') return published.has(slug);
  const dir = process.env.SEJAJAR_CONTENT_DIR ?? join(process.cwd(), 'content');
  return existsSync(join(dir, 'articles', slug, 'id.json'));
}
