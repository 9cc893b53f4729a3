import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { ContentProblem } from './problems';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ReadResult<T> = { ok: true; data: T } | { ok: false; problems: ContentProblem[] };

/**
 * Reads one JSON content file and validates it against its schema.
 * Every failure (missing, not UTF-8, bad JSON, schema) becomes a problem naming `label`,
 * and, when the failing path goes through `segments[i]` or `entries[i]`, that item's id.
 */
export async function readJsonFile<S extends z.ZodType>(
  path: string,
  label: string,
  schema: S,
): Promise<ReadResult<z.output<S>>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return fail(label, 'file is missing or unreadable');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail(label, 'file is not valid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(label, `invalid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file: label,
      ...locate(json, issue.path),
      message: describe(issue),
    })),
  };
}

function fail(file: string, message: string): ReadResult<never> {
  return { ok: false, problems: [{ file, message }] };
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.filter((part) => typeof part === 'string').at(-1);
  return field ? `${String(field)}: ${issue.message}` : issue.message;
}

/** Names the segment or entry an issue path points into, by its id when it has one. */
function locate(json: unknown, path: PropertyKey[]): Pick<ContentProblem, 'segment' | 'entry'> {
  const [list, index] = path;
  if ((list !== 'segments' && list !== 'entries') || typeof index !== 'number') return {};
  const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
  const name = typeof item?.id === 'string' && item.id ? item.id : `#${index + 1}`;
  return list === 'segments' ? { segment: name } : { entry: name };
}
