import { z } from 'zod';
import { checkIds, type CheckId } from '@/lib/checks/types';
import { contentDir, readOriginalSegment, readRelatedOriginal } from '@/lib/content/source';
import { saveRelatedTitle } from '@/lib/content/write-related';
import { saveSegments } from '@/lib/content/write';
import { segmentHash } from '@/lib/content/segment-hash';
import { reviewBlockers } from '@/lib/studio/review';
import { answer, readJsonBody } from '../../../json-body';

const saveRequest = z
  .object({
    id: z.string().max(100),
    base: z.string().max(64),
    status: z.enum(['pending', 'translated', 'reviewed'], { error: 'unknown status' }),
    text: z.string(),
    // The warnings dismissed for this segment, stored with it; absent keeps what is stored.
    dismissed: z
      .array(z.enum(checkIds as [CheckId, ...CheckId[]]))
      .max(checkIds.length)
      .optional(),
  })
  .strict();

/**
 * Saves one segment of one article (the editor's Ctrl+Enter). Applied to en.json as it is on disk
 * now, under its lock, only if the segment still has the state the editor started from
 * (`base`): otherwise 409 with both texts, and nothing is written (lib/content/write.ts). The
 * translator's note is kept: the editor changes text and status only.
 */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const body = await readJsonBody(request, saveRequest);
  if (!body.ok) return body.response;
  const { id, base, status, text, dismissed } = body.data;
  const original = await readOriginalSegment(slug, id);
  if (!original.ok) {
    const missing = original.problems.every((problem) => /missing|not an article/i.test(problem.message));
    const error = original.problems.map((problem) => `${problem.file}: ${problem.message}`).join('; ');
    return answer(missing ? 404 : 422, { ok: false, error });
  }
  if (original.text === undefined) {
    // A "Baca Juga" item's title, saved into en.json `related` the same careful way.
    if ((await readRelatedOriginal(slug, id)) === undefined)
      return answer(422, { ok: false, error: `"${id.slice(0, 40)}" is not a segment of this article` });
    const saved = await saveRelatedTitle(contentDir, slug, id, base, text);
    if (saved.ok) return answer(200, { ok: true, id, hash: saved.hash, ...saved.state });
    if ('conflict' in saved)
      return answer(409, {
        ok: false,
        conflict: {
          disk: { ...saved.conflict, hash: segmentHash(saved.conflict) },
          proposed: { status, text },
        },
      });
    return answer(422, { ok: false, error: saved.message });
  }
  if (status === 'reviewed') {
    const blockers = await reviewBlockers(slug, original.text, text);
    if (blockers.length > 0) return answer(422, { ok: false, error: blockers.join('; ') });
  }
  const result = await saveSegments(contentDir, slug, [
    { id, base, next: { status, text, ...(dismissed ? { dismissed } : {}) }, keepNote: true },
  ]);
  if (!result.ok) return answer(422, { ok: false, error: result.problems.map((p) => p.message).join('; ') });
  const refused = result.refused[0];
  if (refused?.reason === 'conflict') {
    const disk = refused.disk;
    return answer(409, {
      ok: false,
      conflict: {
        disk: { status: disk.status, text: disk.text, hash: segmentHash(disk) },
        proposed: { status, text },
      },
    });
  }
  if (refused) return answer(422, { ok: false, error: refused.message });
  return answer(200, { ok: true, id, hash: result.hashes[id], status, text });
}
