import { afterEach, expect, it, vi } from 'vitest';
import { retryDelay, sendSave } from './send-save';

const request = { id: 'p1', base: 'h0', status: 'translated' as const, text: 'One' };
const answer = (status: number, body: unknown) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );

afterEach(() => vi.unstubAllGlobals());

it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([
    1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
  ]);
});

it('posts JSON and calls it saved only on a 200 that says ok', async () => {
  answer(200, { ok: true, id: 'p1', hash: 'h1', status: 'translated', text: 'One' });
  expect(await sendSave('/save', request)).toEqual({
    kind: 'saved',
    hash: 'h1',
    content: { status: 'translated', text: 'One' },
  });
  expect(vi.mocked(fetch)).toHaveBeenCalledWith('/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
  answer(200, { ok: false });
  expect(await sendSave('/save', request)).toEqual({ kind: 'rejected', message: 'HTTP 200' });
});

it('reads a 409 as a conflict, a 4xx as a rejection with its message, and a 5xx or no answer as worth a retry', async () => {
  const disk = { status: 'reviewed', text: 'Uno', hash: 'h9' };
  answer(409, { ok: false, conflict: { disk, proposed: { status: 'translated', text: 'One' } } });
  expect(await sendSave('/save', request)).toEqual({ kind: 'conflict', disk });
  answer(422, { ok: false, error: 'Too long' });
  expect(await sendSave('/save', request)).toEqual({ kind: 'rejected', message: 'Too long' });
  answer(502, 'Bad gateway');
  expect(await sendSave('/save', request)).toEqual({ kind: 'retry' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('offline'))),
  );
  expect(await sendSave('/save', request)).toEqual({ kind: 'retry' });
});
