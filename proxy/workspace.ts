import { NextResponse, type NextRequest } from 'next/server';
import { sameSecret, SESSION_COOKIE, sessionValue, studioToken } from '../lib/studio/session';
import { plain } from './plain';

/** Whether this server is the translation workspace (`npm run studio`); inlined at compile time. */
export const isStudio = process.env.SEJAJAR_STUDIO === '1';

/**
 * The workspace's gate, in front of its pages and endpoints. Writes come only from the page's
 * own origin (the Origin header, which browsers send with every POST, must name this host):
 * another site's form or script is refused before any file is read. With a token
 * (`SEJAJAR_STUDIO_TOKEN`, required off loopback) every page and write needs the sign-in cookie;
 * the sign-in page and its endpoint are the only ways in. Undefined when the request may go on.
 */
export function guardWorkspace(
  request: NextRequest,
  { write, signIn }: { write: boolean; signIn: boolean },
): NextResponse | undefined {
  if (write) {
    if (request.method !== 'POST') return plain(405, 'Method Not Allowed', { Allow: 'POST' });
    if (!sameOrigin(request)) return plain(403, 'Forbidden: a write must come from the workspace itself');
  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  const token = studioToken();
  if (!token || signIn) return undefined;
  const cookie = request.cookies.get(SESSION_COOKIE)?.value ?? '';
  if (sameSecret(cookie, sessionValue(token))) return undefined;
  return plain(401, 'Unauthorized: sign in at /en/studio/sign-in (or /id/studio/sign-in)');
}

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (!origin || !host) return false;
  try {
    if (new URL(origin).host !== host) return false;
  } catch {
    return false;
  }
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin';
}
