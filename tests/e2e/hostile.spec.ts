import { describe, expect, it } from 'vitest';
import { baseURL, SEED } from './browser';
import { send, sendBytes, type Answer, type Options } from './raw-request';

// Hostile requests against the production build. Each is sent as raw as Node allows (no URL
// normalisation, headers exactly as written); each must get a fitting 4xx (or a same-origin
// redirect or the page), never a 5xx, never a redirect elsewhere, never a file outside content.

/** Text that would only appear if a file outside content/ were served. */
const LEAKS = [
  'root:x:0:0',
  '"devDependencies"',
  '"compilerOptions"',
  'createNextIntlPlugin',
  'LOCALE_LIKE',
  'PRIVATE KEY',
];

function expectSafe(answer: Answer) {
  expect(answer.status).toBeGreaterThanOrEqual(200);
  expect(answer.status).toBeLessThan(500);
  const location = answer.headers.location;
  if (location !== undefined) {
    expect(location).not.toMatch(/[\r\n]/);
    expect(new URL(location, baseURL()).origin).toBe(new URL(baseURL()).origin);
  }
  for (const leak of LEAKS) expect(answer.body).not.toContain(leak);
  expect(answer.headers['x-powered-by']).toBeUndefined();
}

async function expectAnswer(path: string, status: number, options?: Options) {
  const answer = await send(path, options);
  expectSafe(answer);
  expect(answer.status, `${options?.method ?? 'GET'} ${path.slice(0, 80)}`).toBe(status);
  return answer;
}

/** Follows at most one redirect (Next's 308 that collapses `//`, next-intl's locale prefix). */
async function expectFinally(path: string, status: number) {
  const answer = await send(path);
  expectSafe(answer);
  if (answer.status < 300 || answer.status >= 400) return expect(answer.status, path).toBe(status);
  const next = await send(answer.headers.location ?? '/');
  expectSafe(next);
  expect(next.status, `${path} → ${answer.headers.location}`).toBe(status);
}

describe('Accept-Language that is malformed or oversized', () => {
  it.each([
    ['*', '*', '/en'],
    ['10 KB of letters', 'a'.repeat(10_000), '/en'],
    // Invalid tags make the negotiator give up: the default locale, not an error.
    [
      '1500 invalid tags, then id',
      `${Array.from({ length: 1500 }, (_, i) => `x${i}-yy`).join(',')},id`,
      '/en',
    ],
    ['q-values out of range', 'id;q=5, en;q=-1, fr;q=NaN', '/id'],
    ['an overflowing q-value', 'en;q=1e400, id;q=0.5', '/en'],
    ['everything refused (q=0)', 'en;q=0, id;q=0', '/en'],
    ['empty tags and stray separators', ';q=0.5,,,;;==', '/en'],
    ['Latin-1 bytes', '\u00ff\u00fe\u00e9;q=1', '/en'],
  ])('redirects / with %s to a same-origin locale', async (_label, value, target) => {
    const answer = await expectAnswer('/', 307, { headers: { 'accept-language': value } });
    expect(answer.headers.location).toBe(target);
  });

  it('answers control characters in the header with 400 from the HTTP parser', async () => {
    const { status } = await sendBytes(
      Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nAccept-Language: \x01\x7f;q=\x00\r\n\r\n', 'latin1'),
    );
    expect(status).toBe(400);
  });
});

describe('NEXT_LOCALE cookies that are junk', () => {
  it.each([
    ['a traversal', '../../etc'],
    ['4 KB', 'x'.repeat(4000)],
    ['overlong UTF-8', '%c0%ae'],
    ['empty', ''],
    ['quoted, then repeated', '"id"; NEXT_LOCALE=en'],
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['an unserved locale', 'fr'],
    ['markup', '<script>'],
  ])('ignores a NEXT_LOCALE cookie that is %s', async (_label, value) => {
    const cookie = `NEXT_LOCALE=${value}`;
    const answer = await expectAnswer('/', 307, { headers: { cookie, 'accept-language': 'en' } });
    expect(answer.headers.location).toBe('/en');
    // The unknown-locale 404 is rendered in the negotiated language.
    const unknown = await expectAnswer('/fr/x', 404, { headers: { cookie } });
    expect(unknown.body).toContain('<html lang="en">');
  });
});

const TRAVERSALS: [string, number][] = [
  ['../../../../etc/passwd', 404],
  ['..%2f..%2f..%2fetc%2fpasswd', 404],
  ['%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd', 404],
  ['%252e%252e%252f%252e%252e%252fetc%252fpasswd', 404],
  ['..%5c..%5c..%5cetc%5cpasswd', 404],
  ['....//....//etc/passwd', 404],
  // Overlong UTF-8 for "../": not valid UTF-8, so not a path at all.
  ['%c0%ae%c0%ae%c0%afetc%c0%afpasswd', 400],
  ['%e0%80%ae%e0%80%ae/etc/passwd', 400],
];

describe('path traversal in every route parameter', () => {
  // [locale], [locale]/articles/[slug], [locale]/glossary, and the [...rest] catch-all.
  const routes = [
    (p: string) => `/en/articles/${p}`,
    (p: string) => `/id/articles/x/${p}`,
    (p: string) => `/en/${p}`,
    (p: string) => `/id/glossary/${p}`,
  ];
  it.each(TRAVERSALS)('answers %s with %i wherever it stands', async (payload, status) => {
    for (const route of routes) await expectFinally(route(payload), status);
  });

  it.each([
    ['/../../../../etc/passwd', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/..%2f..%2fetc%2fpasswd', 404],
    ['/%c0%ae%c0%ae/etc/passwd', 400],
  ])(
    'answers %s in the locale segment with %i, after at most one same-origin redirect',
    async (path, status) => {
      await expectFinally(path, status);
    },
  );

  it.each([
    ['/_next/../../etc/passwd', 404],
    ['/_next/static/../../../package.json', 404],
    ['/_next/static/%2e%2e/%2e%2e/%2e%2e/package.json', 404],
    ['/_next/static/..%2f..%2f..%2fpackage.json', 404],
    ['/_next/static/..%252f..%252fpackage.json', 404],
    ['/_next/static/%c0%ae%c0%ae/package.json', 400],
    ['/_next/server/app/en.html', 404],
    ['/_next/BUILD_ID', 404],
    ['/package.json', 404],
    ['/.env', 404],
    ['/.git/config', 404],
    ['/.next/BUILD_ID', 404],
    ['/next.config.js', 404],
    ['/proxy.ts', 404],
    ['/content/glossary/entries.json', 404],
    ['/%c0.txt', 400],
  ])('never serves a repository file: %s answers %i', async (path, status) => {
    await expectAnswer(path, status);
  });
});

describe('open-redirect attempts', () => {
  it.each([
    ['//evil.example', 308],
    ['///evil.example/', 308],
    ['/\\evil.example', 308],
    ['/%5Cevil.example', 404],
    ['/%5C%5Cevil.example', 404],
    ['/%2F%2Fevil.example', 404],
    ['/%09/evil.example', 404],
    ['/%0d%0aLocation:%20http://evil.example', 308],
    ['/en/%0d%0aSet-Cookie:%20a=b', 404],
    ['/en/..//evil.example', 308],
    ['/en//evil.example', 308],
    ['/http://evil.example', 308],
    ['/@evil.example', 404],
    ['/en/articles/%2F%2Fevil.example', 404],
  ])('%s stays on this origin (%i)', async (path, status) => {
    const answer = await expectAnswer(path, status);
    expect(answer.headers['set-cookie']?.join(';') ?? '').not.toContain('a=b');
  });
});

describe('very long URLs', () => {
  it('answers an 8 KB path with 414 before any rendering', async () => {
    await expectAnswer(`/en/articles/${'a'.repeat(8 * 1024)}`, 414);
    await expectAnswer(`/${'a'.repeat(8 * 1024)}`, 414);
  });

  it('answers a 64 KB path with 431 from the HTTP parser (request head over 16 KB)', async () => {
    // The server answers and closes while the client may still be writing: the answer can be lost
    // to a reset, but it is never anything other than 431.
    const { status } = await sendBytes(
      Buffer.from(`GET /en/${'a'.repeat(64 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`),
    );
    expect([431, 0]).toContain(status);
  });
});

describe('unknown locales and slugs', () => {
  it.each([
    ['/fr', 404],
    ['/zh-Hant-TW/articles/x', 404],
    ['/EN/articles/x', 404],
    ['/en/articles/no-such-article', 404],
    ['/id/articles/NO_SUCH', 404],
    ['/en/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
    ['/en/no/such/page', 404],
  ])('%s answers %i', async (path, status) => {
    const answer = await expectAnswer(path, status);
    expect(answer.body).not.toContain('<script>alert(1)');
  });
});

describe('methods other than GET', () => {
  it('answers HEAD on a page with 200 and no body', async () => {
    const answer = await expectAnswer('/en', 200, { method: 'HEAD' });
    expect(answer.body).toBe('');
  });

  it.each([
    ['POST', '/en'],
    ['POST', `/id/articles/${SEED}`],
    ['OPTIONS', '/en'],
    ['PUT', '/'],
    ['DELETE', '/en/glossary'],
    ['PATCH', '/fr/x'],
  ])('answers %s %s with 405 and Allow: GET, HEAD', async (method, path) => {
    const answer = await expectAnswer(path, 405, { method });
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('refuses a forged Server Action POST with 405 (the site has none)', async () => {
    const answer = await expectAnswer('/en', 405, { method: 'POST', headers: { 'next-action': 'x' } });
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  // Next fails on these before proxy.ts runs: it builds a WHATWG Request, which forbids TRACE,
  // and its 405 page for a static file fails to render (500 from `next start` on each).
  // deploy/server.mjs refuses them in front of Next.
  it.each([
    ['TRACE', '/en'],
    ['TRACE', `/id/articles/${SEED}`],
    ['TRACE', '/no-such-file.txt'],
    ['TRACE', 'stylesheet'],
    ['POST', 'stylesheet'],
    ['OPTIONS', 'stylesheet'],
    ['DELETE', 'stylesheet'],
  ])('answers %s on %s with 405 where Next alone fails', async (method, target) => {
    const path = target === 'stylesheet' ? await stylesheetPath() : target;
    const answer = await expectAnswer(path, 405, { method });
    expect(answer.headers.allow).toBe('GET, HEAD');
    // The file itself is still served to a GET.
    expect((await send(path)).status).toBe(path.endsWith('.txt') ? 404 : 200);
  });
});

/** The hashed stylesheet the library page inlines (and names): a static file Next serves itself. */
async function stylesheetPath() {
  const page = await expectAnswer('/en', 200);
  const href = /<style[^>]* data-href="([^"]+\.css)"/.exec(page.body)?.[1];
  if (!href) throw new Error('the library page names no stylesheet');
  return href;
}

describe('spoofed Host and X-Forwarded-* headers', () => {
  it.each<Record<string, string>>([
    { host: 'evil.example' },
    { 'x-forwarded-host': 'evil.example' },
    { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-port': '443' },
    { host: 'evil.example:80', 'x-forwarded-host': 'evil.example, 127.0.0.1' },
  ])('redirects / to a relative /en and never names the spoofed host (%o)', async (headers) => {
    const answer = await expectAnswer('/', 307, { headers: { ...headers, 'accept-language': 'en' } });
    expect(answer.headers.location).toBe('/en');
    expect(JSON.stringify(answer.headers)).not.toContain('evil.example');
    const page = await expectAnswer('/en', 200, { headers });
    expect(JSON.stringify(page.headers)).not.toContain('evil.example');
  });

  it('still answers an unknown locale with the localized 404 when the client claims HTTPS', async () => {
    await expectAnswer('/fr/x', 404, { headers: { 'x-forwarded-proto': 'https', 'accept-language': 'id' } });
  });
});
