import { z } from 'zod';
import { addGlossaryEntry } from '@/lib/content/glossary-write';
import { contentDir } from '@/lib/content/source';
import { answer, readJsonBody } from '../json-body';

/**
 * "Add to glossary": one entry, validated as entries.json is (the schema and the cross-entry
 * rules of `content check`), appended under the file's lock. Nothing is written on an error.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, z.object({ entry: z.unknown() }).strict());
  if (!body.ok) return body.response;
  const result = await addGlossaryEntry(contentDir, body.data.entry);
  if (!result.ok)
    return answer(422, { ok: false, error: result.problems.map((problem) => problem.message).join('; ') });
  return answer(201, { ok: true, id: result.id });
}
