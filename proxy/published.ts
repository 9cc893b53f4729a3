/**
 * The articles this build published. next.config.js writes their slugs into the build (Next
 * inlines `process.env.SEJAJAR_PUBLISHED` at compile time), so an article folder put on the
 * server after the build is a 404, never rendered on demand without the content check.
 */
const published = new Set((process.env.SEJAJAR_PUBLISHED ?? '').split(',').filter(Boolean));

export const isPublished = (slug: string) => published.has(slug);
