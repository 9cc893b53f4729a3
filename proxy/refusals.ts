import { NextResponse, type NextRequest } from 'next/server';
import { plain } from './plain';

/** Our longest real path is under 100 characters; nothing legitimate comes near this. */
const MAX_PATH_LENGTH = 2048;

/**
 * Requests no page can serve, answered before Next sees them: Next itself answers a malformed
 * percent-escape in a route parameter (`%c0%ae`) with a 500, and other methods on pages with a
 * 500 or a 200. Undefined when the request may go on.
 */
export function refuseHostile(request: NextRequest, isPage: boolean): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (pathname.length > MAX_PATH_LENGTH) return plain(414, 'URI Too Long');
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(400, 'Bad Request');
  }
  // Pages are static: only GET and HEAD mean anything (the site has no Server Actions). In
  // production deploy/server.mjs refuses the rest before Next; this covers `next dev`.
  if (isPage && request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  return undefined;
}
