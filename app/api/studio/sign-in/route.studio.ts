import { isLocale } from '@/lib/routes/table.mjs';
import { sameSecret, SESSION_COOKIE, sessionValue, studioToken } from '@/lib/studio/session';

/**
 * The workspace's sign-in form posts here. The right token sets an HttpOnly, SameSite=Strict
 * session cookie (an HMAC of the token, never the token) and sends the translator on to the
 * articles; a wrong one goes back to the form. Compared in constant time.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => undefined);
  const given = form?.get('token');
  const requested = form?.get('locale');
  const locale = isLocale(requested) ? requested : 'en';
  const token = studioToken();
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (!token || typeof given !== 'string' || !sameSecret(given, token)) {
    headers.set('Location', `/${locale}/studio/sign-in?failed=1`);
    return new Response(null, { status: 303, headers });
  }
  headers.set('Location', `/${locale}/studio`);
  headers.append('Set-Cookie', `${SESSION_COOKIE}=${sessionValue(token)}; Path=/; HttpOnly; SameSite=Strict`);
  return new Response(null, { status: 303, headers });
}
