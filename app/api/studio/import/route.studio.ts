import { z } from 'zod';
import { writeArticleFiles } from '@/lib/content/article-files';
import { ContentPathError } from '@/lib/content/content-path';
import { contentDir } from '@/lib/content/source';
import { importRawArticle } from '@/lib/import/import-article';
import { answer, readJsonBody } from '../json-body';

const importRequest = z
  .object({
    text: z.string(),
    published: z.iso.date().optional(),
    create: z.boolean(),
  })
  .strict();

/**
 * The workspace's Import: the CLI's importer on pasted text. Without `create` it only answers
 * what the importer makes of it (the segments, or its errors with their lines); with it, the
 * article folder is written, never over an existing one. Nothing is written on an error.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, importRequest);
  if (!body.ok) return body.response;
  const { text, create } = body.data;
  const published = body.data.published ?? new Date().toISOString().slice(0, 10);
  const result = importRawArticle(text, { published });
  if (!result.ok) return answer(422, { ok: false, problems: result.problems });
  const { files } = result;
  const preview = {
    ok: true,
    slug: files.slug,
    removedInvisible: result.removedInvisible,
    segments: files.original.segments.map(({ id, text: original }) => ({ id, text: original })),
    related: files.meta.related.map(({ id, title }) => ({ id, title })),
    source: files.meta.source.name,
    dateline: files.meta.dateline,
  };
  if (!create) return answer(200, preview);
  try {
    await writeArticleFiles(contentDir, files, false);
  } catch (error) {
    if (error instanceof ContentPathError)
      return answer(422, { ok: false, problems: [{ message: error.message }] });
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return answer(409, { ok: false, problems: [{ message: `an article "${files.slug}" already exists` }] });
    throw error;
  }
  return answer(201, preview);
}
