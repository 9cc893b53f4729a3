import { describe, expect, it } from 'vitest';
import { SEED } from './browser';
import { send, type Answer } from './raw-request';

// The second hardening round's finding 2: a shared cache must never hand one kind of request
// what another kind got. A plain URL-keyed cache that honours Vary (RFC 9111 §4.1), as a CDN in
// front of `npm start` would be, sits between these requests and the server.

const KINDS: Record<string, Record<string, string>> = {
  browser: { accept: 'text/html' },
  rsc: { rsc: '1' },
  prefetch: { rsc: '1', 'next-router-prefetch': '1' },
  'segment prefetch': { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' },
};

const ADDRESSES = [
  '/',
  '/en',
  '/id/glossary',
  '/en/study',
  `/en/articles/${SEED}`,
  `/id/articles/${SEED}?layout=original`,
  `/en/articles/${SEED}/terms.json`,
  '/en/articles/nope',
];

/** What a visitor would notice: the status, where a redirect leads, and what kind of body came. */
const seen = ({ status, headers }: Answer) => ({
  status,
  location: headers.location,
  type: headers['content-type']?.split(';')[0],
});

function storable(answer: Answer): boolean {
  const control = answer.headers['cache-control'] ?? '';
  if (/no-store|private/.test(control) || answer.headers.vary === '*') return false;
  return /s-maxage=[1-9]/.test(control) || (/public/.test(control) && /max-age=[1-9]/.test(control));
}

/** Keyed by URL; an entry is served only to a request whose Vary-named headers match its own. */
function urlKeyedCache() {
  const store = new Map<string, { vary: [string, string][]; answer: Answer }[]>();
  return async (path: string, headers: Record<string, string>): Promise<Answer> => {
    const hit = store
      .get(path)
      ?.find(({ vary }) => vary.every(([name, value]) => (headers[name] ?? '') === value));
    if (hit) return hit.answer;
    const answer = await send(path, { headers });
    if (storable(answer)) {
      const names = (answer.headers.vary ?? '').split(',').map((name) => name.trim().toLowerCase());
      const vary = names.filter(Boolean).map((name): [string, string] => [name, headers[name] ?? '']);
      store.set(path, [...(store.get(path) ?? []), { vary, answer }]);
    }
    return answer;
  };
}

describe('a URL-keyed shared cache in front of the server', () => {
  it.each(Object.keys(KINDS))(
    'never serves another kind of request what a %s request stored',
    async (first) => {
      const cache = urlKeyedCache();
      for (const path of ADDRESSES) {
        await cache(path, KINDS[first] ?? {});
        for (const [kind, headers] of Object.entries(KINDS)) {
          const direct = await send(path, { headers });
          const cached = await cache(path, headers);
          expect(seen(cached), `${kind} ${path} after ${first}`).toEqual(seen(direct));
        }
      }
    },
  );

  it('keeps the pages themselves, so the cache still does its job', async () => {
    const pages = ['/en', `/en/articles/${SEED}`, `/en/articles/${SEED}/terms.json`];
    for (const path of pages) expect(storable(await send(path, { headers: KINDS.browser })), path).toBe(true);
  });

  it.each(['/', '/en/articles/nope', `/en/articles/${SEED}/stacked`])(
    'never gives %s (a redirect or a 404) a shared lifetime',
    async (path) => {
      for (const headers of Object.values(KINDS)) expect(storable(await send(path, { headers }))).toBe(false);
    },
  );
});
