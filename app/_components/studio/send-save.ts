import type { SaveRequest, SaveResponse, SegmentContent } from './types';

/** What one save attempt came to, with the HTTP details already read. */
export type SaveOutcome =
  | { kind: 'saved'; hash: string; content: SegmentContent }
  | { kind: 'conflict'; disk: SegmentContent & { hash: string } }
  | { kind: 'rejected'; message: string }
  /** No answer, or a 5xx: worth trying again. */
  | { kind: 'retry' };

/** Exponential backoff for retries: 1 s, 2 s, 4 s … capped at 30 s. `attempt` counts from 1. */
export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 30_000);

async function readJson(response: Response): Promise<Partial<Record<string, unknown>> | null> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** POSTs one segment. "Saved" is only ever reported for a 200 that says ok: the file on disk holds it. */
export async function sendSave(url: string, request: SaveRequest): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.status >= 500) return { kind: 'retry' };
  const body = (await readJson(response)) as Partial<SaveResponse> | null;
  if (response.status === 200 && body && body.ok === true && typeof body.hash === 'string') {
    return {
      kind: 'saved',
      hash: body.hash,
      content: { status: body.status ?? request.status, text: body.text ?? request.text },
    };
  }
  if (response.status === 409 && body && 'conflict' in body && body.conflict) {
    return { kind: 'conflict', disk: body.conflict.disk };
  }
  const message =
    body && 'error' in body && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
  return { kind: 'rejected', message };
}
