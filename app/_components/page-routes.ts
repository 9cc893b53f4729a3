import { DEFAULT_LAYOUT, isLayout } from './reader-layout';

/** The internal segment of the prerendered 404 page, app/[locale]/missing. */
export const MISSING_SEGMENT = 'missing';

/**
 * Whether a path under a served locale (`/en/...`) names a page: the library, the glossary, the
 * study list, a published article, or an article's layout variant (which the proxy then sends to
 * its public `?layout=` address). Anything else gets the 404 page. `slugs` are the published articles.
 */
export function namesPage(pathname: string, slugs: ReadonlySet<string>): boolean {
  const [, section, slug, variant, ...rest] = pathname.replace(/\/$/, '').split('/').slice(1);
  if (rest.length > 0) return false;
  if (section === undefined) return true;
  if (section === 'glossary' || section === 'study') return slug === undefined;
  if (section !== 'articles' || slug === undefined || !slugs.has(slug)) return false;
  return variant === undefined || (isLayout(variant) && variant !== DEFAULT_LAYOUT);
}
