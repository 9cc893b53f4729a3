import { NextResponse, type NextRequest } from 'next/server';
import { matchRoute } from '../lib/routes/table.mjs';

/**
 * One answer per address, however it is spelled. Next decodes a path before it routes it, so
 * `/%65n/articles/x` reaches the English article while every rule keyed on the spelled path
 * (this proxy's, a cache's) sees something else. Every address Sejajar serves is plain ASCII
 * with nothing to escape, so an escaped spelling of a public page is sent to the page's own
 * address (308, not stored) and any other escaped path names nothing. Undefined for a path
 * with no escape: the caller decides it as spelled.
 */
export function canonicalRedirect(request: NextRequest): NextResponse | 'unknown' | undefined {
  const { pathname } = request.nextUrl;
  if (!pathname.includes('%')) return undefined;
  const decoded = decodeURIComponent(pathname);
  const match = matchRoute(decoded);
  if (!match || match.internal) return 'unknown';
  const target = request.nextUrl.clone();
  target.pathname = decoded;
  const response = NextResponse.redirect(target, 308);
  response.headers.set('Cache-Control', 'no-store');
  return response;
}
