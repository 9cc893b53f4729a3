const MAX_SLUG_LENGTH = 60;

/** A URL slug from a headline: ASCII, lower case, hyphenated, cut at a word boundary. */
export function slugify(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || '';
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
