import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED } from './browser';
import { send } from './raw-request';

// One answer per address however it is spelled, 404s that are 404s, and 4xx for what is no
// request at all: the second hardening round's findings 1 and 3, and the foundation's 404s.

const sharedLifetime = (cacheControl: string | undefined) => /s-maxage=[1-9]/.test(cacheControl ?? '');

describe('a percent-encoded spelling of an address', () => {
  it('sends an escaped page address to the page itself, and nothing on the way is stored', async () => {
    const answer = await send(`/%65n/articles/${SEED}`);
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe(`/en/articles/${SEED}`);
    expect(sharedLifetime(answer.headers['cache-control'])).toBe(false);
  });

  it.each([
    ['/%65n/missing', 'en'],
    ['/%65n/articles/nope', 'en'],
    ['/%69d/articles/nope', 'id'],
    ['/en/articles/%6eope', 'en'],
  ])('answers %s with the 404 page, status 404, never cacheable', async (path, lang) => {
    const answer = await send(path, { headers: { 'accept-language': lang } });
    // An escaped unknown address is a 404 straight away, or after one redirect to its plain spelling.
    const final = answer.status === 308 ? await send(answer.headers.location ?? '') : answer;
    expect(final.status).toBe(404);
    expect(final.body).toContain(`<html lang="${lang}">`);
    expect(sharedLifetime(answer.headers['cache-control'])).toBe(false);
    expect(sharedLifetime(final.headers['cache-control'])).toBe(false);
  });
});

describe('dotted addresses under a locale', () => {
  it.each(['/id/articles/x.json', `/en/articles/${SEED}.json`, '/en/glossary.html'])(
    'answers %s with the localized 404 page, never cacheable',
    async (path) => {
      const answer = await send(path);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain(`<html lang="${path.slice(1, 3)}">`);
      expect(answer.headers['cache-control']).toBe('no-store');
    },
  );

  it("still serves an article's glossary cards", async () => {
    const answer = await send(`/en/articles/${SEED}/terms.json`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toHaveProperty('vladimir-putin');
  });
});

describe('an unserved locale', () => {
  it('answers the 404 page in the language Accept-Language prefers by q-value', async () => {
    const english = await send('/fr/xyz', { headers: { 'accept-language': 'en-US,en;q=0.9,id;q=0.8' } });
    expect(english.status).toBe(404);
    expect(english.body).toContain('<html lang="en">');
    const indonesian = await send('/fr/xyz', { headers: { 'accept-language': 'en;q=0.5,id-ID;q=0.9' } });
    expect(indonesian.body).toContain('<html lang="id">');
  });

  it('agrees with the choice next-intl makes for /', async () => {
    const header = { 'accept-language': 'fr-FR,id;q=0.7,en;q=0.6' };
    const root = await send('/', { headers: header });
    const missing = await send('/fr/xyz', { headers: header });
    expect(root.headers.location).toBe('/id');
    expect(missing.body).toContain('<html lang="id">');
  });
});

describe('a file name at the root that names no file', () => {
  it('answers the 404 page itself, styled and readable without scripts, in the preferred language', async () => {
    const answer = await send('/no-such-file.txt', { headers: { 'accept-language': 'id-ID,id;q=0.9' } });
    expect(answer.status).toBe(404);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toContain('<html lang="id">');
    expect(answer.body).toMatch(/<style[^>]*>[\s\S]{1000,}?<\/style>/);
    const withoutScripts = answer.body.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(withoutScripts).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });

  it('still serves the files that are there', async () => {
    for (const path of ['/icon.svg', '/screenshot.png']) expect((await send(path)).status, path).toBe(200);
  });
});

it('answers an article folder put on the server after the build with a 404', async () => {
  const late = join(process.cwd(), 'content', 'articles', 'added-after-the-build');
  cpSync(join(process.cwd(), 'content', 'articles', SEED), late, { recursive: true });
  try {
    for (const path of [
      '/en/articles/added-after-the-build',
      '/id/articles/added-after-the-build/terms.json',
    ]) {
      const answer = await send(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  } finally {
    rmSync(late, { recursive: true, force: true });
  }
});

describe('requests that are malformed', () => {
  it('answers the request target * with 400, not 500', async () => {
    expect((await send('*')).status).toBe(400);
    expect((await send('*', { method: 'OPTIONS' })).status).toBeLessThan(500);
  });

  it.each(['bytes=abc', 'bytes=5-1', 'bytes=-0', 'bytes=99999999-', 'pages=1-2'])(
    'answers a static script asked for with Range %s with the whole file or 416, never 500',
    async (range) => {
      const page = await send('/en');
      const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(page.body)?.[1] ?? '';
      expect(script).not.toBe('');
      const answer = await send(script, { headers: { range } });
      expect([200, 416]).toContain(answer.status);
    },
  );
});

describe('the public build', () => {
  it.each(['/en/studio', '/id/studio', `/en/studio/${SEED}`, '/en/studio/sign-in'])(
    'has no workspace page: %s answers 404',
    async (path) => {
      expect((await send(path)).status).toBe(404);
    },
  );

  it.each([`/api/studio/articles/${SEED}/segments`, '/api/studio/import', '/api/studio/sign-in'])(
    'has no write endpoint: POST %s answers 404 or 405',
    async (path) => {
      const answer = await send(path, { method: 'POST', headers: { 'content-type': 'application/json' } });
      expect([404, 405]).toContain(answer.status);
    },
  );
});
