import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { segmentHash } from '@/lib/content/segment-hash';
import { translationFileSchema } from '@/lib/content/schema';
import { SEED } from './browser';
import { exitOf, startStudio, type Studio } from './studio-server';

// The workspace's write path as a browser reaches it, against `npm run studio` over a scratch
// copy of content/: every save lands on disk or is refused, and a refusal writes nothing.

// One dev server per project folder at a time (Next refuses a second): each group starts its own.
let studio: Studio;

const enJson = () => join(studio.contentDir, 'articles', SEED, 'en.json');
const onDisk = () => translationFileSchema.parse(JSON.parse(readFileSync(enJson(), 'utf8')));
const segment = (id: string) => onDisk().segments.find((s) => s.id === id)!;
const baseOf = (id: string) => segmentHash(segment(id));

function save(
  body: unknown,
  {
    slug = SEED,
    headers = {},
    baseURL = studio.baseURL,
  }: { slug?: string; headers?: Record<string, string>; baseURL?: string } = {},
) {
  return fetch(`${baseURL}/api/studio/articles/${slug}/segments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseURL, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the workspace on loopback', () => {
  beforeAll(async () => {
    studio = await startStudio();
  }, 180_000);
  afterAll(() => studio?.stop());

  describe('a save', () => {
    it('is applied to the file on disk and answered with the new base', async () => {
      const response = await save({
        id: 'p2',
        base: baseOf('p2'),
        status: 'translated',
        text: 'A new second paragraph.',
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { hash: string };
      expect(segment('p2').text).toBe('A new second paragraph.');
      expect(body.hash).toBe(baseOf('p2'));
    }, 60_000);

    it('shows in the reader of the workspace at once, without a rebuild', async () => {
      await save({
        id: 'p3',
        base: baseOf('p3'),
        status: 'translated',
        text: 'Seen in the reader straight away.',
      });
      const page = await (await fetch(`${studio.baseURL}/en/articles/${SEED}`)).text();
      expect(page).toContain('Seen in the reader straight away.');
    }, 90_000);

    it('is refused with both texts when the segment changed since the editor loaded it', async () => {
      const stale = baseOf('p4');
      await save({ id: 'p4', base: stale, status: 'translated', text: 'First writer.' });
      const before = readFileSync(enJson(), 'utf8');
      const response = await save({ id: 'p4', base: stale, status: 'translated', text: 'Second writer.' });
      expect(response.status).toBe(409);
      const body = (await response.json()) as {
        conflict: { disk: { text: string }; proposed: { text: string } };
      };
      expect(body.conflict.disk.text).toBe('First writer.');
      expect(body.conflict.proposed.text).toBe('Second writer.');
      expect(readFileSync(enJson(), 'utf8')).toBe(before);
    });

    it('of two translators on different segments keeps both', async () => {
      const [a, b] = await Promise.all([
        save({ id: 'p5', base: baseOf('p5'), status: 'translated', text: 'Translator A.' }),
        save({ id: 'p6', base: baseOf('p6'), status: 'translated', text: 'Translator B.' }),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect([segment('p5').text, segment('p6').text]).toEqual(['Translator A.', 'Translator B.']);
    });

    it('to reviewed is refused while a check reports an error (a dropped name)', async () => {
      const response = await save({
        id: 'p1',
        base: baseOf('p1'),
        status: 'reviewed',
        text: 'KONTAN.CO.ID - MOSCOW. He said so.',
      });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(/Putin|term|name/i);
    });
  });

  describe('a write that is refused, with nothing written', () => {
    const valid = () => ({ id: 'p7', base: baseOf('p7'), status: 'translated', text: 'Fine.' });
    it.each<[string, () => Parameters<typeof save>, number]>([
      ['from another origin', () => [valid(), { headers: { Origin: 'http://evil.example' } }], 403],
      ['a cross-site fetch', () => [valid(), { headers: { 'Sec-Fetch-Site': 'cross-site' } }], 403],
      ['a body over 64 KB', () => [{ ...valid(), text: 'x'.repeat(70_000) }], 413],
      ['a segment id the original does not have', () => [{ ...valid(), id: 'p999' }], 422],
      ['a slug that is no article', () => [valid(), { slug: 'no-such-article' }], 404],
      ['a traversal in the slug', () => [valid(), { slug: '..%2f..%2fetc' }], 404],
      ['an unknown status', () => [{ ...valid(), status: 'approved' }], 400],
      [
        'control characters in the text',
        () => [{ ...valid(), text: 'bell \u0007 and escape \u001b[31m' }],
        422,
      ],
      ['a body that is not JSON', () => ['{"id":', {}], 400],
    ])('%s', async (_label, request, status) => {
      const before = readFileSync(enJson(), 'utf8');
      const response = await save(...request());
      expect(response.status).toBe(status);
      expect(readFileSync(enJson(), 'utf8')).toBe(before);
    });
  });
});

it('keeps every acknowledged save when the server is killed (SIGKILL) in a burst of them', async () => {
  const victim = await startStudio();
  try {
    const file = join(victim.contentDir, 'articles', SEED, 'en.json');
    const read = () => translationFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const ids = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
    const acknowledged = new Map<string, string>();
    const inFlight = new Map<string, string>();
    let saves = 0;
    const post = (id: string, base: string, text: string) =>
      save({ id, base, status: 'translated', text }, { baseURL: victim.baseURL });
    const chain = async (id: string) => {
      let base = segmentHash(read().segments.find((s) => s.id === id)!);
      for (let n = 1; ; n++) {
        const text = `${id} draft ${n}`;
        inFlight.set(id, text);
        const response = await post(id, base, text);
        if (response.status !== 200) throw new Error(`save answered ${response.status}`);
        base = ((await response.json()) as { hash: string }).hash;
        acknowledged.set(id, text);
        if (++saves === 40) victim.child.kill('SIGKILL');
      }
    };
    await Promise.allSettled(ids.map(chain));
    await exitOf(victim.child);
    expect(saves).toBeGreaterThanOrEqual(40);
    const segments = read().segments;
    for (const id of ids) {
      const text = segments.find((s) => s.id === id)?.text;
      // The last acknowledged save is on disk, or the one in flight when the server died.
      expect([acknowledged.get(id), inFlight.get(id)], id).toContain(text);
    }
  } finally {
    await victim.stop();
  }
}, 240_000);

describe('off loopback', () => {
  it('refuses to start without SEJAJAR_STUDIO_TOKEN', async () => {
    const unguarded = await startStudio({
      hostname: '0.0.0.0',
      wait: false,
      env: { SEJAJAR_STUDIO_TOKEN: '' },
    });
    try {
      expect(await exitOf(unguarded.child)).toBe(1);
      expect(unguarded.output()).toMatch(
        /refusing to serve the workspace on 0\.0\.0\.0.*SEJAJAR_STUDIO_TOKEN/s,
      );
    } finally {
      await unguarded.stop();
    }
  });

  it('with a token, answers 401 without the sign-in cookie and lets the right token in', async () => {
    const token = 'a-long-random-secret-for-the-test';
    const guarded = await startStudio({ hostname: '0.0.0.0', env: { SEJAJAR_STUDIO_TOKEN: token } });
    try {
      expect((await fetch(`${guarded.baseURL}/en/studio`)).status).toBe(401);
      const write = await fetch(`${guarded.baseURL}/api/studio/articles/${SEED}/segments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: guarded.baseURL },
        body: JSON.stringify({ id: 'p1', base: 'x', status: 'translated', text: 'x' }),
      });
      expect(write.status).toBe(401);
      const signIn = (value: string) =>
        fetch(`${guarded.baseURL}/api/studio/sign-in`, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: guarded.baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ token: value, locale: 'id' }),
        });
      const wrong = await signIn('not-it');
      expect(wrong.headers.get('location')).toBe('/id/studio/sign-in?failed=1');
      expect(wrong.headers.get('set-cookie')).toBeNull();
      const right = await signIn(token);
      const cookie = right.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toContain(token);
      const page = await fetch(`${guarded.baseURL}/id/studio`, {
        headers: { cookie: cookie.split(';')[0]! },
      });
      expect(page.status).toBe(200);
    } finally {
      await guarded.stop();
    }
  }, 240_000);
});
