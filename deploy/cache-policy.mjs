// @ts-check
/**
 * Which responses a shared cache (deploy/nginx.conf, a CDN) may keep, decided per response
 * rather than per path. Next marks every prerendered page `s-maxage=31536000`, and a rule keyed
 * on the path alone also lands on that path's redirects, React Server Component payloads and
 * 404s: a plain URL-keyed cache then serves a router's redirect or payload to a browser asking
 * for the page. So only a page's own HTML (or an article's glossary cards), answered 200 to an
 * ordinary request at its canonical address, gets a shared lifetime: five minutes fresh, then up
 * to a day stale while the cache refreshes it. Everything else on a page address is `no-store`.
 */
import { matchRoute } from '../lib/routes/table.mjs';

export const SHARED_PAGE = 's-maxage=300, stale-while-revalidate=86400';
export const NOT_STORED = 'no-store';

/** Request headers with which Next's router asks a page address for something other than its HTML. */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
];

/**
 * The Cache-Control a response should carry, or undefined to keep what Next set (its hashed
 * files under /_next/static, the root files such as /icon.svg).
 *
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {number} status
 * @returns {string | undefined}
 */
export function cacheControlFor(request, status) {
  const url = request.url ?? '';
  const [pathname = '', query = ''] = url.split('?', 2);
  if (pathname.startsWith('/_next/static/')) return status === 200 || status === 206 ? undefined : NOT_STORED;
  const route = matchRoute(pathname);
  if (!route)
    return pathname.startsWith('/_next/') || pathname === '/' || status >= 300 ? NOT_STORED : undefined;
  const ordinary =
    ROUTER_HEADERS.every((name) => request.headers[name] === undefined) &&
    !new URLSearchParams(query).has('_rsc');
  return status === 200 && ordinary && !route.internal ? SHARED_PAGE : NOT_STORED;
}
