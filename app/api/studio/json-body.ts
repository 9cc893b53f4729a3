import type { z } from 'zod';

/** A workspace write carries one segment or one article: nothing legitimate comes near this. */
export const MAX_BODY_BYTES = 64 * 1024;

export const answer = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * The request's JSON body checked against `schema`, or the 4xx answer to send instead: 413 over
 * 64 KB (by Content-Length before reading, and by the bytes read), 400 for anything else wrong.
 */
export async function readJsonBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const tooLarge = () => ({
    ok: false as const,
    response: answer(413, { ok: false, error: `the request is over ${MAX_BODY_BYTES / 1024} KB` }),
  });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return tooLarge();
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return tooLarge();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, response: answer(400, { ok: false, error: 'the request is not JSON' }) };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  const error = `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'is invalid'}`;
  return { ok: false, response: answer(400, { ok: false, error }) };
}
