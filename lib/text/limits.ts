/**
 * Size limits, far above any real news article (the seed is 3 KB, 10 segments of under 500
 * characters), so they only stop a mistaken or hostile file before it costs minutes and gigabytes.
 */

/** Characters in one segment's text: a long news paragraph is under 1,500. */
export const MAX_SEGMENT_CHARS = 5_000;

/** Segments in one article, headline included: a long feature has under 100 paragraphs. */
export const MAX_ARTICLE_SEGMENTS = 500;

/** Bytes of one content JSON file or raw import; checked with stat before reading. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;

/** Bytes of an XLIFF file to merge: it carries source and target, and XML's escapes. */
export const MAX_INTERCHANGE_FILE_BYTES = 8 * 1024 * 1024;

/** "2 MB", as the limit is named in an error message. */
export function describeBytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
