import { createHmac, timingSafeEqual } from 'node:crypto';

/** The workspace's sign-in cookie: HttpOnly, SameSite=Strict, never the token itself. */
export const SESSION_COOKIE = 'sejajar-studio';

/** What the cookie holds for a token: an HMAC, so the token never travels after sign-in. */
export const sessionValue = (token: string) =>
  createHmac('sha256', token).update('sejajar-studio-session').digest('base64url');

/**
 * Whether two secrets are equal, in time that does not depend on where they differ: both are
 * hashed first, so inputs of different lengths compare in constant time too.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHmac('sha256', 'sejajar-compare').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token `npm run studio` was started with, read at run time (never compiled into a build). */
export const studioToken = (): string | undefined => process.env['SEJAJAR_STUDIO_TOKEN'] || undefined;
